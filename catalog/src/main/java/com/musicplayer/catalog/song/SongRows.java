package com.musicplayer.catalog.song;

import com.musicplayer.platform.db.Sql;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.TimeZone;
import org.springframework.jdbc.core.RowMapper;

/**
 * The one mapping from a song row to {@link SongView}, for every read of songs: by id, lists,
 * an album's tracks, an artist's songs, liked songs, search.
 *
 * <p>A read model that joins across modules for speed: the like count and the caller's like come
 * from the {@code library} module's {@code user_likes} in the same statement (correlated subqueries
 * on its indexes), so a page of any length is one round trip. It only reads that table.
 */
public final class SongRows {

    public static final String FROM = "songs s";

    /**
     * What an imported song stores as its {@code file_url}: nothing. Its URL is its stream path,
     * {@code /songs/{id}/stream}, made here from its id.
     */
    static final String STREAMED = "";

    private static final String COLUMNS = "s.id, s.title, s.artist, s.artist_id, s.album_id, s.genre, s.file_url,"
            + " s.duration, s.description, s.cover_image_url, s.release_date, s.track_number, s.disc_number,"
            + " s.release_year, s.created_at, s.updated_at,"
            + " (SELECT al.title FROM albums al WHERE al.id = s.album_id) AS album_title,"
            + " (SELECT count(*) FROM user_likes l WHERE l.song_id = s.id) AS like_count";
    /** 1 when the caller (the placeholder) likes the song, else 0. */
    private static final String LIKED =
            ", (SELECT count(*) FROM user_likes l WHERE l.song_id = s.id AND l.user_id = ?) AS liked";

    private SongRows() {}

    static String fileUrl(long id, String stored) {
        return STREAMED.equals(stored) ? "/songs/" + id + "/stream" : stored;
    }

    /** The select list for the caller ({@code null}: nobody signed in, no {@code liked}). */
    public static Sql columns(Long callerId) {
        return callerId == null ? Sql.of(COLUMNS) : Sql.of(COLUMNS + LIKED, callerId);
    }

    /** Rows of {@link #columns} to views; one UTC calendar per statement (the columns hold UTC wall time). */
    public static RowMapper<SongView> mapper(Long callerId) {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        return (rs, row) -> {
            Timestamp created = rs.getTimestamp("created_at", utc);
            Timestamp updated = rs.getTimestamp("updated_at", utc);
            return new SongView(
                    rs.getLong("id"),
                    rs.getString("title"),
                    rs.getString("artist"),
                    rs.getObject("artist_id", Long.class),
                    rs.getString("album_title"),
                    rs.getObject("album_id", Long.class),
                    rs.getString("genre"),
                    fileUrl(rs.getLong("id"), rs.getString("file_url")),
                    rs.getObject("duration", Integer.class),
                    rs.getString("description"),
                    rs.getString("cover_image_url"),
                    rs.getObject("release_date", java.time.LocalDate.class),
                    rs.getObject("track_number", Integer.class),
                    rs.getObject("disc_number", Integer.class),
                    rs.getObject("release_year", Integer.class),
                    rs.getLong("like_count"),
                    callerId == null ? null : rs.getLong("liked") > 0,
                    created.toInstant(),
                    updated.toInstant());
        };
    }
}
