package com.musicplayer.song;

import com.musicplayer.library.LibraryModule;
import com.musicplayer.platform.MusicPlayerApplication;
import com.musicplayer.platform.security.AccessRules;
import com.musicplayer.platform.security.Roles;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;

@SpringBootApplication
@Import(LibraryModule.class)
public class SongServiceApplication {

    public static final String NAME = "song-service";
    public static final int PORT = 8002;

    public static void main(String[] args) {
        MusicPlayerApplication.run(SongServiceApplication.class, NAME, PORT, args);
    }

    @Bean
    AccessRules songAccessRules() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/songs")
                .permitAll()
                // any signed-in user likes, unlikes and reports plays; every other write is the admin's
                .requestMatchers("/songs/*/like", "/songs/*/plays", "/me/plays", "/me/now-playing")
                .hasAnyRole(Roles.USER, Roles.ADMIN)
                .requestMatchers(HttpMethod.GET, "/songs/**")
                .hasAnyRole(Roles.USER, Roles.ADMIN)
                .requestMatchers("/songs", "/songs/**")
                .hasRole(Roles.ADMIN);
    }
}
