package com.musicplayer.auth;

import com.musicplayer.platform.MusicPlayerApplication;
import com.musicplayer.platform.security.AccessRules;
import com.musicplayer.platform.security.Roles;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
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
                .requestMatchers(HttpMethod.POST, "/auth/refresh")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json")
                .permitAll()
                // the service token is for calling user-service, not for auth-service's own routes
                .requestMatchers("/auth/**")
                .hasAnyRole(Roles.USER, Roles.ADMIN);
    }
}
