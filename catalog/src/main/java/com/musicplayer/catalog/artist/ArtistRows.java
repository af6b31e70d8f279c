package com.musicplayer.catalog.artist;

import com.musicplayer.platform.db.Sql;
import java.util.Calendar;
import java.util.TimeZone;
import org.springframework.jdbc.core.RowMapper;

/** The one mapping from an artist row (with its counts) to {@link ArtistView} (catalog-internal: also the search's). */
public final class ArtistRows {

    public static final String FROM = "artists ar";
    public static final Sql COLUMNS = Sql.of("ar.id, ar.name, ar.sort_name, ar.created_at, ar.updated_at,"
            + " (SELECT count(*) FROM albums a WHERE a.artist_id = ar.id) AS album_count,"
            + " (SELECT count(*) FROM songs s WHERE s.artist_id = ar.id) AS song_count");

    private ArtistRows() {}

    /** One UTC calendar per statement: the columns hold UTC wall time. */
    public static RowMapper<ArtistView> mapper() {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        return (rs, row) -> new ArtistView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("sort_name"),
                rs.getLong("album_count"),
                rs.getLong("song_count"),
                rs.getTimestamp("created_at", utc).toInstant(),
                rs.getTimestamp("updated_at", utc).toInstant());
    }
}
