package com.musicplayer.catalog.song;

import org.springframework.stereotype.Component;

/**
 * Row locks on songs for the album feature (catalog-internal): a song being added to an album is
 * share-locked until that transaction ends, while deleting a song takes its write lock first, so a
 * song cannot join an album while it is being deleted.
 */
@Component
public class SongLocks {

    private final SongRepository songs;

    SongLocks(SongRepository songs) {
        this.songs = songs;
    }

    /** Share-locks the song in the caller's transaction; false when there is no such song. */
    public boolean lockShared(long songId) {
        return songs.lockShared(songId).isPresent();
    }
}
