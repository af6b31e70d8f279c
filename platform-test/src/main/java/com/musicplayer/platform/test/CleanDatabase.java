package com.musicplayer.platform.test;

import com.musicplayer.platform.web.CachedCounts;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Empties every application table before each test, so each test starts from nothing, and forgets
 * the list totals the service remembered ({@link CachedCounts}).
 */
public class CleanDatabase implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        var application = SpringExtension.getApplicationContext(context);
        try (Connection connection = application.getBean(DataSource.class).getConnection()) {
            clean(connection);
        }
        application.getBeanProvider(CachedCounts.class).forEach(CachedCounts::evictAll);
    }

    static void clean(Connection connection) throws SQLException {
        List<String> tables = tables(connection);
        // Delete in rounds: a table still referenced by another fails this round and goes in the next.
        for (int round = 0; round < tables.size() + 1 && !tables.isEmpty(); round++) {
            List<String> failed = new ArrayList<>();
            for (String table : tables) {
                try (Statement s = connection.createStatement()) {
                    s.executeUpdate("DELETE FROM " + table);
                } catch (SQLException ex) {
                    failed.add(table);
                }
            }
            tables = failed;
        }
        if (!tables.isEmpty()) {
            throw new IllegalStateException("Could not empty tables " + tables);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        try (ResultSet rows = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!name.toLowerCase(Locale.ROOT).startsWith("flyway_")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }
}
