package com.musicplayer.song.catalog;

import com.musicplayer.platform.catalog.SongView;
import com.musicplayer.platform.db.QueryPlans;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hot reads as single statements: {@code GET /songs/{id}} and a page of {@code GET /songs} —
 * the songs, their like counts and whether the caller likes them, in one round trip without a
 * transaction or a persistence context. They answer what {@link Song#view} answers for the same
 * rows. The list's SQL names only the filters given, so that each combination gets its own plan,
 * and a search is planned for its own term ({@link QueryPlans}).
 */
@Component
class SongReads {

    private static final String COLUMNS = "s.id, s.title, s.artist, s.genre, s.file_url, s.duration, s.description,"
            + " s.cover_image_url, s.release_date, s.created_at, s.updated_at,"
            + " (SELECT count(*) FROM user_likes l WHERE l.song_id = s.id) AS like_count";
    /** 1 when the caller (the statement's first parameter) likes the song, else 0. */
    private static final String LIKED =
            ", (SELECT count(*) FROM user_likes l WHERE l.song_id = s.id AND l.user_id = ?) AS liked";

    private static final String ANONYMOUS = "SELECT " + COLUMNS + " FROM songs s WHERE s.id = ?";
    private static final String SIGNED_IN = "SELECT " + COLUMNS + LIKED + " FROM songs s WHERE s.id = ?";

    /** A search reports at most this many matches in its total (and says so). */
    static final int SEARCH_COUNT_CAP = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SongReads(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<SongView> find(long id, Long callerId) {
        if (callerId == null) {
            return jdbc.sql(ANONYMOUS).param(id).query(views(null)).optional();
        }
        return jdbc.sql(SIGNED_IN)
                .param(callerId)
                .param(id)
                .query(views(callerId))
                .optional();
    }

    /** Entity property (as {@link com.musicplayer.platform.web.SortFields} gives it) to column. */
    private static final Map<String, String> COLUMN = Map.of(
            "id", "s.id",
            "title", "s.title",
            "artist", "s.artist",
            "createdAt", "s.created_at",
            "releaseDate", "s.release_date",
            "duration", "s.duration");

    /**
     * One page of songs matching the filters ({@code null}: no filter; values from {@link
     * com.musicplayer.platform.web.SearchTerms}), either after the id {@code after} in id order or
     * at {@code offset} in {@code order}.
     */
    List<SongView> page(
            String artist, String genre, String q, Long after, long offset, Sort order, int limit, Long callerId) {
        var sql = new StringBuilder("SELECT ").append(COLUMNS);
        List<Object> params = new ArrayList<>();
        if (callerId != null) {
            sql.append(LIKED);
            params.add(callerId);
        }
        sql.append(" FROM songs s WHERE ").append(where(artist, genre, q, params));
        if (after != null) {
            sql.append(" AND s.id > ?");
            params.add(after);
        }
        sql.append(" ORDER BY ");
        for (Sort.Order o : order) {
            String column = COLUMN.get(o.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Cannot sort songs by " + o.getProperty());
            }
            sql.append(column).append(o.isAscending() ? " ASC, " : " DESC, ");
        }
        sql.setLength(sql.length() - 2);
        sql.append(" LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(after != null ? 0 : offset);
        RowMapper<SongView> rows = views(callerId);
        if (q == null) {
            return jdbc.sql(sql.toString()).params(params).query(rows).list();
        }
        return template.query(plannedForItsValues(sql.toString(), params), rows);
    }

    /**
     * How many songs match the filters; for a search, at most {@code SEARCH_COUNT_CAP + 1}: counting
     * every song that contains a common word costs as much as the catalog is large (100 ms at a
     * million songs), counting the first thousand-and-one costs what a page does.
     */
    long count(String artist, String genre, String q) {
        List<Object> params = new ArrayList<>();
        String where = where(artist, genre, q, params);
        if (q == null) {
            return jdbc.sql("SELECT count(*) FROM songs s WHERE " + where)
                    .params(params)
                    .query(Long.class)
                    .single();
        }
        params.add(SEARCH_COUNT_CAP + 1);
        String sql = "SELECT count(*) FROM (SELECT 1 FROM songs s WHERE " + where + " LIMIT ?) matches";
        return template.query(plannedForItsValues(sql, params), (rs, row) -> rs.getLong(1))
                .get(0);
    }

    /** A search statement: planned by PostgreSQL for its own search term ({@link QueryPlans}). */
    private static PreparedStatementCreator plannedForItsValues(String sql, List<Object> params) {
        return connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            QueryPlans.planEachExecution(statement);
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            return statement;
        };
    }

    private static String where(String artist, String genre, String q, List<Object> params) {
        var where = new StringBuilder("1 = 1");
        if (artist != null) {
            where.append(" AND lower(s.artist) = ?");
            params.add(artist);
        }
        if (genre != null) {
            where.append(" AND lower(s.genre) = ?");
            params.add(genre);
        }
        if (q != null) {
            where.append(" AND (lower(s.title) LIKE ? ESCAPE '!' OR lower(s.artist) LIKE ? ESCAPE '!')");
            params.add(q);
            params.add(q);
        }
        return where.toString();
    }

    /**
     * Rows to views; {@code liked} only for a caller. One UTC calendar per statement (the columns
     * hold UTC wall time, hibernate.jdbc.time_zone=UTC), not one per row.
     */
    private static RowMapper<SongView> views(Long callerId) {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        return (rs, row) -> view(rs, callerId == null ? null : rs.getLong("liked") > 0, utc);
    }

    private static SongView view(ResultSet rs, Boolean liked, Calendar utc) throws SQLException {
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
