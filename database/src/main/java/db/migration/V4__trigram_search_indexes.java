package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trigram indexes for {@code q} (a case-insensitive substring search over title and artist) on
 * PostgreSQL, so a search does not scan the catalog. Needs the pg_trgm extension (Debian's
 * postgresql package ships it; it is a trusted extension, so the database owner may create it).
 * Without it, and on H2 and MariaDB, search keeps working as a scan.
 */
public class V4__trigram_search_indexes extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V4__trigram_search_indexes.class);

    private static final String[] INDEXES = {
        "CREATE INDEX ix_songs_title_trgm ON songs USING gin (lower(title) gin_trgm_ops)",
        "CREATE INDEX ix_songs_artist_trgm ON songs USING gin (lower(artist) gin_trgm_ops)",
        "CREATE INDEX ix_albums_title_trgm ON albums USING gin (lower(title) gin_trgm_ops)",
        "CREATE INDEX ix_albums_artist_trgm ON albums USING gin (lower(artist) gin_trgm_ops)"
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!Vendors.isPostgres(connection)) {
            return;
        }
        Savepoint savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
        } catch (SQLException ex) {
            connection.rollback(savepoint);
            log.warn("pg_trgm is not available ({}); search will scan the catalog", ex.getMessage());
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : INDEXES) {
                statement.execute(sql);
            }
        }
    }
}
