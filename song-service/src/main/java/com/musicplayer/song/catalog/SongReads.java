package com.musicplayer.song.catalog;

import com.musicplayer.platform.catalog.SongView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.Optional;
import java.util.TimeZone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hottest read, {@code GET /songs/{id}}, as one statement: the song, its like count and whether
 * the caller likes it, in a single round trip without a transaction or a persistence context. It
 * answers what {@link Song#view} answers for the same row.
 */
@Component
class SongReads {

    private static final String COLUMNS = "s.id, s.title, s.artist, s.genre, s.file_url, s.duration, s.description,"
            + " s.cover_image_url, s.release_date, s.created_at, s.updated_at,"
            + " (SELECT count(*) FROM user_likes l WHERE l.song_id = s.id) AS like_count";
    private static final String ANONYMOUS = "SELECT " + COLUMNS + " FROM songs s WHERE s.id = ?";
    private static final String SIGNED_IN = "SELECT " + COLUMNS
            + ", (SELECT count(*) FROM user_likes l WHERE l.song_id = s.id AND l.user_id = ?) AS liked"
            + " FROM songs s WHERE s.id = ?";

    private final JdbcClient jdbc;

    SongReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SongView> find(long id, Long callerId) {
        if (callerId == null) {
            return jdbc.sql(ANONYMOUS)
                    .param(id)
                    .query((rs, row) -> view(rs, null))
                    .optional();
        }
        return jdbc.sql(SIGNED_IN)
                .param(callerId)
                .param(id)
                .query((rs, row) -> view(rs, rs.getLong("liked") > 0))
                .optional();
    }

    private static SongView view(ResultSet rs, Boolean liked) throws SQLException {
        // UTC calendar: the columns hold UTC wall time (hibernate.jdbc.time_zone=UTC)
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        LocalDate releaseDate = rs.getObject("release_date", LocalDate.class);
        Timestamp created = rs.getTimestamp("created_at", utc);
        Timestamp updated = rs.getTimestamp("updated_at", utc);
        return new SongView(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("artist"),
                rs.getString("genre"),
                rs.getString("file_url"),
                rs.getObject("duration", Integer.class),
                rs.getString("description"),
                rs.getString("cover_image_url"),
                releaseDate,
                rs.getLong("like_count"),
                liked,
                created.toInstant(),
                updated.toInstant());
    }
}
