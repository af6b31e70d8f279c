package com.musicplayer.platform.test;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rows a test needs as its "given", written straight to the database (so a test of one service
 * does not depend on another service's API). Reads back with {@link #count}.
 */
public final class TestRows {

    private final JdbcTemplate jdbc;

    public TestRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A user with role USER (the password hash is not a real one), e.g. for {@link TestTokens#user}. */
    public long user(String username) {
        return account(username, "USER");
    }

    /** A user with role ADMIN (the password hash is not a real one), e.g. for {@link TestTokens#admin}. */
    public long admin(String username) {
        return account(username, "ADMIN");
    }

    private long account(String username, String role) {
        return insert(
                "insert into users (username, email, password_hash, first_name, role, created_at, updated_at)"
                        + " values (?, ?, 'not-a-hash', ?, ?, ?, ?)",
                username,
                username + "@example.com",
                username,
                role,
                now(),
                now());
    }

    /** The artist called {@code name} in any case, created as the catalog would if there is none. */
    public long artist(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        List<Long> found = jdbc.queryForList("select id from artists where name_key = ?", Long.class, key);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        return insert(
                "insert into artists (name, name_key, sort_name, created_at, updated_at) values (?, ?, ?, ?, ?)",
                name.trim(),
                key,
                name.trim(),
                now(),
                now());
    }

    public long song(String title, String artist, String genre) {
        return insert(
                "insert into songs (title, artist, artist_id, genre, file_url, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                title,
                artist,
                artist(artist),
                genre,
                "https://cdn.example.com/" + title.replace(' ', '-') + ".mp3",
                now(),
                now());
    }

    public long album(String title, String artist, String genre) {
        return insert(
                "insert into albums (title, artist, artist_id, genre, created_at, updated_at) values (?, ?, ?, ?, ?, ?)",
                title,
                artist,
                artist(artist),
                genre,
                now(),
                now());
    }

    public void track(long albumId, long songId, int position) {
        jdbc.update(
                "insert into album_songs (album_id, song_id, position) values (?, ?, ?)", albumId, songId, position);
    }

    public void like(long userId, long songId) {
        like(userId, songId, Instant.now());
    }

    public void like(long userId, long songId, Instant at) {
        jdbc.update(
                "insert into user_likes (user_id, song_id, created_at) values (?, ?, ?)",
                userId,
                songId,
                Timestamp.from(at));
    }

    public int count(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Integer.class, args));
    }

    private long insert(String sql, Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < args.length; i++) {
                        statement.setObject(i + 1, args[i]);
                    }
                    return statement;
                },
                keys);
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
