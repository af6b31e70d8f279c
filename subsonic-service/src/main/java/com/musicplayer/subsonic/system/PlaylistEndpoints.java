package com.musicplayer.subsonic.system;

import com.musicplayer.subsonic.api.Endpoints;
import com.musicplayer.subsonic.api.SubsonicError;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Playlists and the play queue come from the library module once it has them (issue 14); until then
 * these methods answer a clean failure (code 0) rather than "unknown method".
 */
@Component
class PlaylistEndpoints implements Endpoints {

    static final List<String> METHODS = List.of(
            "getPlaylists",
            "getPlaylist",
            "createPlaylist",
            "updatePlaylist",
            "deletePlaylist",
            "getPlayQueue",
            "savePlayQueue");

    @Override
    public void register(Registry registry) {
        for (String method : METHODS) {
            registry.add(method, call -> {
                throw new SubsonicError(SubsonicError.GENERIC, method + " is not implemented yet");
            });
        }
    }
}
