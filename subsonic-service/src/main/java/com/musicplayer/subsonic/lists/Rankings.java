package com.musicplayer.subsonic.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A read model for the Subsonic lists the modules' APIs have no order for (random, most played,
 * recently played, starred, most liked, by year, genres): it reads the catalog's {@code albums},
 * {@code album_songs} and {@code songs} and the library's {@code plays}, {@code song_play_counts} and
 * {@code user_likes}, and only ever returns ids (the modules make the views). It writes nothing.
 */
@Component
class Rankings {

    record Genre(String name, long songCount, long albumCount) {}

    private static final int RANDOM_POOL = 10_000;

    private final JdbcClient jdbc;

    Rankings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> albumsByYear(int from, int to, int size, int offset) {
        String order = from <= to ? "release_year, id" : "release_year DESC, id";
        return ids(
                "SELECT id FROM albums WHERE release_year BETWEEN ? AND ? ORDER BY " + order + " LIMIT ? OFFSET ?",
                Math.min(from, to),
                Math.max(from, to),
                size,
                offset);
    }

    List<Long> albumsMostPlayed(int size, int offset) {
        return ids(
                "SELECT t.album_id FROM album_songs t JOIN song_play_counts c ON c.song_id = t.song_id"
                        + " GROUP BY t.album_id ORDER BY SUM(c.play_count) DESC, t.album_id LIMIT ? OFFSET ?",
                size,
                offset);
    }

    List<Long> albumsRecentlyPlayed(long userId, int size, int offset) {
        return ids(
                "SELECT t.album_id FROM plays p JOIN album_songs t ON t.song_id = p.song_id WHERE p.user_id = ?"
                        + " GROUP BY t.album_id ORDER BY MAX(p.played_at) DESC, t.album_id LIMIT ? OFFSET ?",
                userId,
                size,
                offset);
    }

    List<Long> albumsStarred(long userId, int size, int offset) {
        return ids(
                "SELECT t.album_id FROM user_likes l JOIN album_songs t ON t.song_id = l.song_id WHERE l.user_id = ?"
                        + " GROUP BY t.album_id ORDER BY MAX(l.created_at) DESC, t.album_id LIMIT ? OFFSET ?",
                userId,
                size,
                offset);
    }

    /** "highest": there are no ratings, so the albums whose songs most listeners like. */
    List<Long> albumsMostLiked(int size, int offset) {
        return ids(
                "SELECT t.album_id FROM user_likes l JOIN album_songs t ON t.song_id = l.song_id"
                        + " GROUP BY t.album_id ORDER BY COUNT(*) DESC, t.album_id LIMIT ? OFFSET ?",
                size,
                offset);
    }

    List<Long> randomAlbums(int size) {
        return random("albums", "1 = 1", List.of(), size);
    }

    /** Random songs, optionally of a genre (any case) and of albums of a year range. */
    List<Long> randomSongs(int size, String genre, Integer fromYear, Integer toYear) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (genre != null) {
            where.append(" AND LOWER(genre) = LOWER(?)");
            params.add(genre);
        }
        if (fromYear != null || toYear != null) {
            where.append(" AND id IN (SELECT t.song_id FROM album_songs t JOIN albums a ON a.id = t.album_id"
                    + " WHERE a.release_year BETWEEN ? AND ?)");
            params.add(fromYear == null ? 0 : fromYear);
            params.add(toYear == null ? 9999 : toYear);
        }
        return random("songs", where.toString(), params, size);
    }

    List<Genre> genres() {
        List<Genre> songs = jdbc.sql("SELECT genre, COUNT(*) AS n FROM songs WHERE genre IS NOT NULL AND genre <> ''"
                        + " GROUP BY genre ORDER BY genre")
                .query((rs, n) -> new Genre(rs.getString("genre"), rs.getLong("n"), 0))
                .list();
        java.util.Map<String, Long> albums = new java.util.HashMap<>();
        jdbc.sql("SELECT genre, COUNT(*) AS n FROM albums WHERE genre IS NOT NULL GROUP BY genre")
                .query(rs -> {
                    albums.put(rs.getString("genre"), rs.getLong("n"));
                });
        return songs.stream()
                .map(g -> new Genre(g.name(), g.songCount(), albums.getOrDefault(g.name(), 0L)))
                .toList();
    }

    /**
     * A random sample without ORDER BY RAND() (a sort of the whole table): up to 10,000 ids from a
     * random starting id, wrapping around, then shuffled.
     */
    private List<Long> random(String table, String where, List<Object> params, int size) {
        Long max = jdbc.sql("SELECT MAX(id) FROM " + table)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (max == null) {
            return List.of();
        }
        long start = ThreadLocalRandom.current().nextLong(max + 1);
        List<Object> from = new ArrayList<>(params);
        from.add(start);
        from.add(RANDOM_POOL);
        List<Long> pool = new ArrayList<>(
                jdbc.sql("SELECT id FROM " + table + " WHERE " + where + " AND id >= ? ORDER BY id LIMIT ?")
                        .params(from)
                        .query(Long.class)
                        .list());
        if (pool.size() < RANDOM_POOL) {
            List<Object> before = new ArrayList<>(params);
            before.add(start);
            before.add(RANDOM_POOL - pool.size());
            pool.addAll(jdbc.sql("SELECT id FROM " + table + " WHERE " + where + " AND id < ? ORDER BY id LIMIT ?")
                    .params(before)
                    .query(Long.class)
                    .list());
        }
        Collections.shuffle(pool);
        return pool.subList(0, Math.min(size, pool.size()));
    }

    private List<Long> ids(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> rs.getLong(1)).list();
    }
}
