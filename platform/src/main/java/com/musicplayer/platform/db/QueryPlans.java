package com.musicplayer.platform.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGStatement;

/**
 * For a statement whose best plan depends on its parameters — a substring search, where a common
 * word is best found by walking the primary key and a rare one through the trigram index.
 * PostgreSQL's driver turns a statement run five times into a server-side prepared statement, and
 * PostgreSQL may then settle on one generic plan for every parameter: for a search, a plan that
 * scans the whole catalog for a rare word. This keeps such a statement unnamed, so PostgreSQL plans
 * each execution for its own values. Other databases: nothing to do.
 */
public final class QueryPlans {

    private QueryPlans() {}

    public static void planEachExecution(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }
}
