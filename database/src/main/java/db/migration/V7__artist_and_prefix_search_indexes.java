package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes for the catalog-wide search ({@code GET /search}) and the artist list on PostgreSQL. The
 * search ranks an exact name first, then names that start with the term, then the rest, and reads
 * each rank with its own bounded statement: the first two are range scans of a {@code
 * text_pattern_ops} index on the lower-cased name, so they cost the same at any catalog size; the
 * substring rank uses the trigram indexes (V4, and one on artist names here when pg_trgm is there).
 * MariaDB and H2 search without them.
 */
public class V7__artist_and_prefix_search_indexes extends BaseJavaMigration {

    private static final String[] INDEXES = {
        "CREATE INDEX ix_artists_name_prefix ON artists (lower(name) text_pattern_ops)",
        "CREATE INDEX ix_albums_title_prefix ON albums (lower(title) text_pattern_ops)",
        "CREATE INDEX ix_songs_title_prefix ON songs (lower(title) text_pattern_ops)"
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!Vendors.isPostgres(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : INDEXES) {
                statement.execute(sql);
            }
            boolean trigrams;
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")) {
                trigrams = rs.next() && rs.getInt(1) > 0;
            }
            if (trigrams) {
                statement.execute("CREATE INDEX ix_artists_name_trgm ON artists USING gin (lower(name) gin_trgm_ops)");
            }
        }
    }
}
