package com.musicplayer.platform.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.TimeZone;
import org.springframework.jdbc.core.SqlTypeValue;

/**
 * An instant as a statement parameter, written as UTC wall time — what Hibernate writes ({@code
 * hibernate.jdbc.time_zone=UTC}) and every read model reads back with a UTC calendar: MariaDB's
 * {@code DATETIME} has no zone, so a bare {@code Timestamp} would be written in the JVM's zone.
 * Works wherever Spring binds parameters ({@code JdbcClient}, {@code JdbcTemplate}).
 */
public record UtcTimestamp(Instant instant) implements SqlTypeValue {

    public static UtcTimestamp of(Instant instant) {
        return new UtcTimestamp(instant);
    }

    /** Now, to the microsecond the columns keep (as JPA's timestamps are written), for a row written by JDBC. */
    public static UtcTimestamp now() {
        return new UtcTimestamp(Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    @Override
    public void setTypeValue(PreparedStatement statement, int index, int sqlType, String typeName) throws SQLException {
        statement.setTimestamp(index, Timestamp.from(instant), utc());
    }

    /** The column as an instant (null when SQL NULL), read as UTC wall time. */
    public static Instant read(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column, utc());
        return value == null ? null : value.toInstant();
    }

    private static Calendar utc() {
        // a Calendar is mutable: one per use
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
