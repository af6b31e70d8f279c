package com.musicplayer.song.like;

import com.musicplayer.platform.catalog.SongView;
import com.musicplayer.platform.web.NotFoundException;
import com.musicplayer.song.catalog.SongCatalog;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likes are idempotent: liking twice leaves one row, unliking what is not liked changes nothing.
 * Concurrent requests for the same like race on the primary key; the loser's duplicate-key error
 * means "already liked". A deadlock or lock timeout (MariaDB can report one when an insert and a
 * delete of the same key cross) is retried, since every step is safe to repeat.
 */
@Service
class LikeService {

    private static final Logger log = LoggerFactory.getLogger(LikeService.class);
    private static final int ATTEMPTS = 8;

    private final LikeRepository likes;
    private final SongCatalog songs;

    LikeService(LikeRepository likes, SongCatalog songs) {
        this.likes = likes;
        this.songs = songs;
    }

    void like(long userId, long songId) {
        retrying(() -> {
            requireSong(songId);
            if (likes.existsByUserIdAndSongId(userId, songId)) {
                return;
            }
            if (likes.countUsers(userId) == 0) {
                throw new NotFoundException("User", userId);
            }
            try {
                likes.insert(userId, songId, Instant.now().truncatedTo(ChronoUnit.MICROS));
            } catch (DataIntegrityViolationException alreadyLiked) {
                // a concurrent like of the same song by the same user was first: the outcome wanted
                log.debug("Concurrent like of song {} by user {}", songId, userId);
            }
        });
    }

    void unlike(long userId, long songId) {
        retrying(() -> {
            requireSong(songId);
            likes.remove(userId, songId);
        });
    }

    /** The user's liked songs, newest like first: four statements for any page size. */
    @Transactional(readOnly = true)
    Page<SongView> likedBy(long userId, Pageable pageable) {
        Page<Long> ids = likes.songIdsLikedBy(userId, pageable);
        return new PageImpl<>(songs.likedByCaller(ids.getContent()), pageable, ids.getTotalElements());
    }

    private void requireSong(long songId) {
        if (!songs.exists(songId)) {
            throw new NotFoundException("Song", songId);
        }
    }

    private static void retrying(Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (ConcurrencyFailureException ex) {
                if (attempt == ATTEMPTS) {
                    throw ex;
                }
                log.debug("Retrying a like after {}", ex.getMessage());
                try {
                    // jittered, so that two requests that deadlocked do not meet again in step
                    Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw ex;
                }
            }
        }
    }
}
