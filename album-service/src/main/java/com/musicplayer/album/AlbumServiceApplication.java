package com.musicplayer.album;

import com.musicplayer.catalog.CatalogModule;
import com.musicplayer.platform.MusicPlayerApplication;
import com.musicplayer.platform.security.AccessRules;
import com.musicplayer.platform.security.Roles;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;

@SpringBootApplication
@Import(CatalogModule.class)
public class AlbumServiceApplication {

    public static final String NAME = "album-service";
    public static final int PORT = 8001;

    public static void main(String[] args) {
        MusicPlayerApplication.run(AlbumServiceApplication.class, NAME, PORT, args);
    }

    @Bean
    AccessRules albumAccessRules() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/albums", "/artists", "/search")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/albums/**", "/artists/**")
                .hasAnyRole(Roles.USER, Roles.ADMIN)
                .requestMatchers("/albums", "/albums/**")
                .hasRole(Roles.ADMIN);
    }
}
