package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which database a Java migration runs on (not a migration itself: Flyway runs only migrations). */
final class Vendors {

    private Vendors() {}

    static boolean isPostgres(Connection connection) throws SQLException {
        return connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }
}
