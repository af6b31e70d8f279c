package com.musicplayer.platform.db;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fresh planner statistics for tables a bulk load is filling (a folder scan importing thousands of
 * files). PostgreSQL keeps the plan of a statement the driver has prepared, made with the statistics
 * of that moment: a lookup first planned while a table was nearly empty goes on reading the whole
 * table as it grows, until the table is analyzed — which autovacuum does a minute later at the
 * soonest, and never where it is turned off. ANALYZE brings the statistics up to date, and
 * PostgreSQL plans those statements again. MariaDB and H2: nothing to do (they plan each execution).
 * A failure is logged and ignored: statistics make a load faster, never correct.
 */
public class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    public PlannerStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Analyzes the tables (names from the caller's own code, never from input). */
    public void refresh(String... tables) {
        try {
            if (postgres()) {
                jdbc.execute("ANALYZE " + String.join(", ", tables));
            }
        } catch (DataAccessException ex) {
            log.debug("Cannot refresh the statistics of {}: {}", String.join(", ", tables), ex.toString());
        }
    }

    private boolean postgres() {
        Boolean is = postgres;
        if (is == null) {
            String product = jdbc.execute((ConnectionCallback<String>)
                    connection -> connection.getMetaData().getDatabaseProductName());
            is = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
            postgres = is;
        }
        return is;
    }
}
