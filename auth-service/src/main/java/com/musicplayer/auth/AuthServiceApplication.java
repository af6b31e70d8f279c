package com.musicplayer.auth;

import com.musicplayer.platform.MusicPlayerApplication;
import com.musicplayer.platform.security.AccessRules;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthServiceApplication {

    public static final String NAME = "auth-service";
    public static final int PORT = 8000;

    public static void main(String[] args) {
        MusicPlayerApplication.run(AuthServiceApplication.class, NAME, PORT, args);
    }

    @Bean
    AccessRules authAccessRules() {
        return routes -> routes.requestMatchers(HttpMethod.POST, "/auth/login")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json")
                .permitAll();
    }
}
