package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes for the catalog's case-insensitive filters ({@code lower(artist) = ?}, {@code lower(genre) = ?}).
 * Only PostgreSQL, the production database, has expression indexes; MariaDB (no functional indexes)
 * and the embedded H2 keep using V1's plain column indexes for sorting and fall back to a scan for
 * these filters. A Java migration because plain SQL cannot say "only on PostgreSQL".
 */
public class V2__case_insensitive_filter_indexes extends BaseJavaMigration {

    private static final String[] POSTGRESQL = {
        "CREATE INDEX ix_albums_artist_lower ON albums (lower(artist))",
        "CREATE INDEX ix_albums_genre_lower ON albums (lower(genre))",
        "CREATE INDEX ix_songs_artist_lower ON songs (lower(artist))",
        "CREATE INDEX ix_songs_genre_lower ON songs (lower(genre))"
    };

    @Override
    public void migrate(Context context) throws Exception {
        if (!Vendors.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : POSTGRESQL) {
                statement.execute(sql);
            }
        }
    }
}
