package com.musicplayer.platform.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One fresh database for the whole test JVM, on the server {@code TEST_DB} names: {@code h2}
 * (default, in memory), {@code postgres} or {@code mariadb} (servers on 127.0.0.1). It is created on
 * first use and dropped when the JVM exits, so parallel runs never see each other's rows.
 */
public final class TestDatabase {

    private static final String PREFIX = "mp_test_";
    private static final long STALE_AFTER_MILLIS = 6 * 3600 * 1000L;
    private static volatile Map<String, Object> properties;

    private TestDatabase() {}

    public static String kind() {
        String value = System.getenv().getOrDefault("TEST_DB", System.getProperty("test.db", "h2"));
        return value.isBlank() ? "h2" : value.toLowerCase(Locale.ROOT);
    }

    /** Spring properties pointing a service at this run's database and a private data directory. */
    public static Map<String, Object> properties() {
        if (properties == null) {
            synchronized (TestDatabase.class) {
                if (properties == null) {
                    properties = create();
                }
            }
        }
        return properties;
    }

    /**
     * Limits that a test suite would trip over (every test registers and logs in from 127.0.0.1),
     * raised; a test of the limits themselves sets them back.
     */
    public static Map<String, Object> relaxedLimits() {
        return Map.of(
                "musicplayer.users.registrations-per-ip-per-hour", 1_000_000,
                "musicplayer.auth.login-failures-per-ip", 1_000_000);
    }

    /** {@link #properties()} and {@link #relaxedLimits()} as command-line arguments, for SpringApplication. */
    public static String[] arguments() {
        Map<String, Object> all = new LinkedHashMap<>(relaxedLimits());
        all.putAll(properties());
        return all.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    /**
     * Another empty database on the same server, dropped when the JVM exits: for a test that runs
     * the migrations itself (to check one migration on rows written before it).
     */
    public static DataSource fresh() {
        Map<String, Object> props = create();
        return new DriverManagerDataSource(
                (String) props.get("spring.datasource.url"),
                (String) props.getOrDefault("spring.datasource.username", ""),
                (String) props.getOrDefault("spring.datasource.password", ""));
    }

    private static Map<String, Object> create() {
        String name = PREFIX + System.currentTimeMillis() + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> props = new LinkedHashMap<>();
        switch (kind()) {
            case "h2" ->
                props.put(
                        "spring.datasource.url",
                        "jdbc:h2:mem:" + name
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            case "postgres", "postgresql" -> {
                String admin = env("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
                String user = env("TEST_PG_USER", "postgres");
                String password = env("TEST_PG_PASSWORD", "");
                dropStale(
                        admin,
                        user,
                        password,
                        "SELECT datname FROM pg_database WHERE datname LIKE 'mp\\_test\\_%'",
                        "DROP DATABASE IF EXISTS %s WITH (FORCE)");
                execute(admin, user, password, "CREATE DATABASE " + name);
                dropOnExit(admin, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                props.put("spring.datasource.url", admin.substring(0, admin.lastIndexOf('/') + 1) + name);
                props.put("spring.datasource.username", user);
                props.put("spring.datasource.password", password);
            }
            case "mariadb", "mysql" -> {
                String admin = env("TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
                String user = env("TEST_MARIADB_USER", "root");
                String password = env("TEST_MARIADB_PASSWORD", "");
                dropStale(admin, user, password, "SHOW DATABASES LIKE 'mp\\_test\\_%'", "DROP DATABASE IF EXISTS %s");
                execute(
                        admin,
                        user,
                        password,
                        "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                dropOnExit(admin, user, password, "DROP DATABASE IF EXISTS " + name);
                props.put("spring.datasource.url", (admin.endsWith("/") ? admin : admin + "/") + name);
                props.put("spring.datasource.username", user);
                props.put("spring.datasource.password", password);
            }
            default -> throw new IllegalStateException("TEST_DB must be h2, postgres or mariadb, not " + kind());
        }
        try {
            Path dataDir = Files.createTempDirectory("musicplayer-test-");
            props.put("musicplayer.data-dir", dataDir.toString());
        } catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
        // four services in one test JVM must fit well inside a server's default 100 connections
        props.put("spring.datasource.hikari.maximum-pool-size", 8);
        // production gives up on a connection after 2 s (a 503 beats a hanging request); a test on a
        // busy machine waits longer for its database than a user would
        props.put("spring.datasource.hikari.connection-timeout", 20000);
        return props;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException ex) {
            throw new IllegalStateException("Test database setup failed (" + url + "): " + ex.getMessage(), ex);
        }
    }

    /** Databases left by a run that was killed before it could drop its own. */
    private static void dropStale(String url, String user, String password, String list, String drop) {
        List<String> stale = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(list)) {
            while (rows.next()) {
                String db = rows.getString(1);
                String[] parts = db.split("_");
                if (parts.length >= 3
                        && parts[2].chars().allMatch(Character::isDigit)
                        && System.currentTimeMillis() - Long.parseLong(parts[2]) > STALE_AFTER_MILLIS) {
                    stale.add(db);
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Cannot reach the test database server " + url + ": " + ex.getMessage(), ex);
        }
        stale.forEach(db -> execute(url, user, password, String.format(drop, db)));
    }

    private static void dropOnExit(String url, String user, String password, String sql) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(url, user, password, sql);
            } catch (RuntimeException ignored) {
                // a later run drops it as stale
            }
        }));
    }
}
