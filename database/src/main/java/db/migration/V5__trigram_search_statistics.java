package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Finer statistics for the searched expressions ({@code lower(title)}, {@code lower(artist)}) on
 * PostgreSQL. With the default sample, the planner guessed a common search word 30 times too rare,
 * chose the trigram index, and then sorted every match to find the first page — a cost that grows
 * with the catalog. With a tenfold sample it estimates such a word well and walks the primary key
 * instead, which stops after one page of matches; a truly rare word still goes to the trigram
 * index. Nothing to do where V4 created no trigram index.
 */
public class V5__trigram_search_statistics extends BaseJavaMigration {

    private static final String[] INDEXES = {
        "ix_songs_title_trgm", "ix_songs_artist_trgm", "ix_albums_title_trgm", "ix_albums_artist_trgm"
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!Vendors.isPostgres(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                boolean exists;
                try (ResultSet rs = statement.executeQuery("SELECT to_regclass('" + index + "') IS NOT NULL")) {
                    exists = rs.next() && rs.getBoolean(1);
                }
                if (exists) {
                    statement.execute("ALTER INDEX " + index + " ALTER COLUMN 1 SET STATISTICS 1000");
                }
            }
        }
    }
}
