package com.musicplayer.platform.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Timestamps through plain JDBC the way Hibernate writes them ({@code hibernate.jdbc.time_zone=UTC}):
 * with a UTC calendar, so a MariaDB {@code DATETIME} (no zone) holds UTC wall time like a PostgreSQL
 * or H2 {@code TIMESTAMP WITH TIME ZONE} does, whatever the JVM's or the server's zone.
 */
public final class UtcTime {

    private UtcTime() {}

    /** A calendar for one statement's reads or writes (not thread-safe: one per statement). */
    public static Calendar calendar() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    public static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setTimestamp(index, instant == null ? null : Timestamp.from(instant), calendar());
    }

    public static Instant get(ResultSet rs, String column, Calendar utc) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column, utc);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
