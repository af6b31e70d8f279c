package com.musicplayer.playlist.playlist;

import com.musicplayer.library.playlist.PlaylistView;
import org.springframework.http.ResponseEntity;

/** A playlist response: the playlist, with its version as the {@code ETag} for the next {@code If-Match}. */
final class Written {

    private Written() {}

    static ResponseEntity<PlaylistView> of(PlaylistView playlist) {
        return ResponseEntity.ok().eTag(playlist.etag()).body(playlist);
    }
}
