package com.musicplayer.mediaservice;

import com.musicplayer.library.LibraryModule;
import com.musicplayer.media.MediaModule;
import com.musicplayer.media.upload.UploadPermission;
import com.musicplayer.platform.MusicPlayerApplication;
import com.musicplayer.platform.security.AccessRules;
import com.musicplayer.platform.security.Roles;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
// the library too: a scan that removes songs takes them out of playlists (SongsDeleting) in its transaction
@Import({MediaModule.class, LibraryModule.class})
@EnableScheduling
public class MediaServiceApplication {

    public static final String NAME = "media-service";
    public static final int PORT = 8004;

    public static void main(String[] args) {
        MusicPlayerApplication.run(MediaServiceApplication.class, NAME, PORT, args);
    }

    @Bean
    AccessRules mediaAccessRules(UploadPermission uploads) {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/artwork/*")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/library/scans")
                .hasRole(Roles.ADMIN)
                .requestMatchers(HttpMethod.GET, "/library/scans/current")
                .hasAnyRole(Roles.USER, Roles.ADMIN)
                // admins, and users an admin allowed to (users.can_upload)
                .requestMatchers("/uploads", "/uploads/**")
                .access(uploads)
                // a bearer token OR a signed URL: StreamAccess decides (a bad token is still a 401 here)
                .requestMatchers(HttpMethod.GET, "/songs/*/stream", "/songs/*/download")
                .permitAll()
                .requestMatchers(HttpMethod.HEAD, "/songs/*/stream", "/songs/*/download")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/songs/*/stream-url")
                .hasAnyRole(Roles.USER, Roles.ADMIN);
    }
}
