package com.musicplayer.library.like;

import com.musicplayer.catalog.song.SongView;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.platform.db.ConcurrencyRetries;
import com.musicplayer.platform.db.Sql;
import com.musicplayer.platform.db.SqlLists;
import com.musicplayer.platform.db.Where;
import com.musicplayer.platform.web.CachedCounts;
import com.musicplayer.platform.web.ListPage;
import com.musicplayer.platform.web.ListQuery;
import com.musicplayer.platform.web.NotFoundException;
import com.musicplayer.platform.web.PageParams;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Likes are idempotent: liking twice leaves one row, unliking what is not liked changes nothing.
 * Concurrent requests for the same like race on the primary key; the loser's duplicate-key error
 * means "already liked". A deadlock or lock timeout (MariaDB can report one when an insert and a
 * delete of the same key cross) is retried, since every step is safe to repeat.
 */
@Service
@NamedInterface("api")
public class Likes {

    private static final Logger log = LoggerFactory.getLogger(Likes.class);

    private final JdbcClient jdbc;
    private final Songs songs;
    private final SqlLists lists;
    private final CachedCounts counts;

    Likes(JdbcClient jdbc, Songs songs, SqlLists lists, CachedCounts counts) {
        this.jdbc = jdbc;
        this.songs = songs;
        this.lists = lists;
        this.counts = counts;
    }

    public void like(long userId, long songId) {
        ConcurrencyRetries.run("a like", () -> {
            requireSong(songId);
            if (liked(userId, songId)) {
                return;
            }
            try {
                jdbc.sql("INSERT INTO user_likes (user_id, song_id, created_at) VALUES (?, ?, ?)")
                        .params(userId, songId, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)))
                        .update();
            } catch (DuplicateKeyException alreadyLiked) {
                // a concurrent like of the same song by the same user was first: the outcome wanted
                log.debug("Concurrent like of song {} by user {}", songId, userId);
            } catch (DataIntegrityViolationException foreignKey) {
                // the song went meanwhile, or the user did
                requireSong(songId);
                throw new NotFoundException("User", userId);
            }
        });
        counts.evictAll();
    }

    public void unlike(long userId, long songId) {
        ConcurrencyRetries.run("a like", () -> {
            requireSong(songId);
            jdbc.sql("DELETE FROM user_likes WHERE user_id = ? AND song_id = ?")
                    .params(userId, songId)
                    .update();
        });
        counts.evictAll();
    }

    /** The user's liked songs, newest like first: two statements (and a shared total) for any page size. */
    public ListPage<SongView> liked(long userId, PageParams page) {
        ListPage<Long> ids = lists.page(
                "user_likes l",
                Sql.of("l.song_id"),
                Where.all().equal("l.user_id", userId),
                ListQuery.fixed(page, "newest-like-first order", "l.created_at DESC, l.song_id DESC"),
                (rs, row) -> rs.getLong(1),
                id -> id);
        return ids.withItems(songs.views(ids.items(), userId));
    }

    private boolean liked(long userId, long songId) {
        return jdbc.sql("SELECT count(*) FROM user_likes WHERE user_id = ? AND song_id = ?")
                        .params(userId, songId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void requireSong(long songId) {
        if (!songs.exists(songId)) {
            throw new NotFoundException("Song", songId);
        }
    }
}
