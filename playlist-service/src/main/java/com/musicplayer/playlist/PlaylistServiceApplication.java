package com.musicplayer.playlist;

import com.musicplayer.library.LibraryModule;
import com.musicplayer.platform.MusicPlayerApplication;
import com.musicplayer.platform.security.AccessRules;
import com.musicplayer.platform.security.Roles;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import(LibraryModule.class)
public class PlaylistServiceApplication {

    public static final String NAME = "playlist-service";
    public static final int PORT = 8005;

    public static void main(String[] args) {
        MusicPlayerApplication.run(PlaylistServiceApplication.class, NAME, PORT, args);
    }

    /** Every route needs a signed-in user; who may see or change which playlist, the library decides. */
    @Bean
    AccessRules playlistAccessRules() {
        return routes -> routes.requestMatchers("/playlists", "/playlists/**", "/me/queue")
                .hasAnyRole(Roles.USER, Roles.ADMIN);
    }
}
