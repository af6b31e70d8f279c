package com.musicplayer.catalog.song;

import com.musicplayer.platform.db.Sql;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;
import org.springframework.jdbc.core.RowMapper;

/**
 * The one mapping from a song row to {@link SongView}, for every read of songs: by id, lists,
 * an album's tracks, an artist's songs, liked songs, search.
 *
 * <p>A read model that joins across modules for speed: the like count and the caller's like come
 * from the {@code library} module's {@code user_likes}, the play count from its {@code
 * song_play_counts} (one primary-key probe, however often the song was played) and the caller's last
 * play from its {@code plays} (one probe of the (user, song, played_at) index), all in the same
 * statement as correlated subqueries, so a page of any length is one round trip. It only reads
 * those tables.
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
            + " (SELECT count(*) FROM user_likes l WHERE l.song_id = s.id) AS like_count,"
            + " COALESCE((SELECT c.play_count FROM song_play_counts c WHERE c.song_id = s.id), 0) AS play_count";
    /** For the caller (both placeholders): when the caller liked the song (null: not liked); the caller's last play. */
    private static final String CALLER =
            ", (SELECT max(l.created_at) FROM user_likes l WHERE l.song_id = s.id AND l.user_id = ?) AS liked_at,"
                    + " (SELECT max(p.played_at) FROM plays p WHERE p.user_id = ? AND p.song_id = s.id)"
                    + " AS last_played_at";

    private SongRows() {}

    static String fileUrl(long id, String stored) {
        return STREAMED.equals(stored) ? "/songs/" + id + "/stream" : stored;
    }

    /** The select list for the caller ({@code null}: nobody signed in, no {@code liked}, {@code liked_at} or {@code last_played_at}). */
    public static Sql columns(Long callerId) {
        return callerId == null ? Sql.of(COLUMNS) : Sql.of(COLUMNS + CALLER, callerId, callerId);
    }

    /** Rows of {@link #columns} to views; one UTC calendar per statement (the columns hold UTC wall time). */
    public static RowMapper<SongView> mapper(Long callerId) {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        return (rs, row) -> {
            Timestamp created = rs.getTimestamp("created_at", utc);
            Timestamp updated = rs.getTimestamp("updated_at", utc);
            Instant likedAt = callerId == null ? null : instant(rs.getTimestamp("liked_at", utc));
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
                    callerId == null ? null : likedAt != null,
                    likedAt,
                    rs.getLong("play_count"),
                    callerId == null ? null : instant(rs.getTimestamp("last_played_at", utc)),
                    created.toInstant(),
                    updated.toInstant());
        };
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
