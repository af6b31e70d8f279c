package com.musicplayer.subsonic;

import com.musicplayer.auth.apikey.ApiKeysModule;
import com.musicplayer.catalog.CatalogModule;
import com.musicplayer.library.LibraryModule;
import com.musicplayer.media.MediaModule;
import com.musicplayer.platform.MusicPlayerApplication;
import com.musicplayer.platform.security.AccessRules;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The OpenSubsonic API over the catalog, library and media modules, in-process; players sign in
 * with API keys checked through the api-keys module (DESIGN §11).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({CatalogModule.class, LibraryModule.class, MediaModule.class, ApiKeysModule.class})
public class SubsonicServiceApplication {

    public static final String NAME = "subsonic-service";
    public static final int PORT = 4533;

    public static void main(String[] args) {
        MusicPlayerApplication.run(SubsonicServiceApplication.class, NAME, PORT, args);
    }

    /** Subsonic signs callers in with its own parameters (SubsonicAuth), not with bearer tokens. */
    @Bean
    AccessRules subsonicAccessRules() {
        return routes -> routes.requestMatchers("/rest/**").permitAll();
    }
}
