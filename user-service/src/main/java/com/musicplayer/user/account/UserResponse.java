package com.musicplayer.user.account;

import com.musicplayer.platform.db.Sql;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;
import org.springframework.jdbc.core.RowMapper;

/** A user as the API shows them: never a password hash; the email only to the user themself or an admin. */
record UserResponse(
        long id,
        String username,
        String email,
        String firstName,
        String lastName,
        Role role,
        Instant createdAt,
        Instant updatedAt) {

    static final String FROM = "users u";
    static final Sql COLUMNS =
            Sql.of("u.id, u.username, u.email, u.first_name, u.last_name, u.role, u.created_at, u.updated_at");

    /** Rows of {@link #COLUMNS}, email included; one UTC calendar per statement (UTC wall time). */
    static RowMapper<UserResponse> rows() {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        return (rs, row) -> new UserResponse(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("email"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                Role.valueOf(rs.getString("role")),
                rs.getTimestamp("created_at", utc).toInstant(),
                rs.getTimestamp("updated_at", utc).toInstant());
    }

    UserResponse withoutEmail() {
        return new UserResponse(id, username, null, firstName, lastName, role, createdAt, updatedAt);
    }

    static UserResponse from(User user, boolean showEmail) {
        return new UserResponse(
                user.getId(),
                user.getUsername(),
                showEmail ? user.getEmail() : null,
                user.getFirstName(),
                user.getLastName(),
                user.getRole(),
                user.getCreatedAt(),
                user.getUpdatedAt());
    }
}
