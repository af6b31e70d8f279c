package com.musicplayer.catalog.album;

import com.musicplayer.platform.db.Sql;
import java.util.Calendar;
import java.util.TimeZone;
import org.springframework.jdbc.core.RowMapper;

/** The one mapping from an album row (with its song count and length) to {@link AlbumView} (catalog-internal: also the search's). */
public final class AlbumRows {

    public static final String FROM = "albums a";
    public static final Sql COLUMNS = Sql.of("a.id, a.title, a.artist, a.artist_id, a.genre, a.description,"
            + " a.cover_image_url, a.release_year, a.created_at, a.updated_at,"
            + " (SELECT count(*) FROM album_songs t WHERE t.album_id = a.id) AS song_count,"
            + " (SELECT coalesce(sum(s.duration), 0) FROM album_songs t JOIN songs s ON s.id = t.song_id"
            + " WHERE t.album_id = a.id) AS duration");

    private AlbumRows() {}

    /** One UTC calendar per statement: the columns hold UTC wall time. */
    public static RowMapper<AlbumView> mapper() {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        return (rs, row) -> new AlbumView(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("artist"),
                rs.getObject("artist_id", Long.class),
                rs.getString("genre"),
                rs.getString("description"),
                rs.getString("cover_image_url"),
                rs.getObject("release_year", Integer.class),
                rs.getLong("song_count"),
                rs.getLong("duration"),
                rs.getTimestamp("created_at", utc).toInstant(),
                rs.getTimestamp("updated_at", utc).toInstant());
    }
}
