package com.musicplayer.user;

import com.musicplayer.platform.MusicPlayerApplication;
import com.musicplayer.platform.security.AccessRules;
import com.musicplayer.platform.security.Roles;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

@SpringBootApplication
@ConfigurationPropertiesScan
public class UserServiceApplication {

    public static final String NAME = "user-service";
    public static final int PORT = 8003;

    public static void main(String[] args) {
        MusicPlayerApplication.run(UserServiceApplication.class, NAME, PORT, args);
    }

    @Bean
    AccessRules userAccessRules() {
        return routes -> routes.requestMatchers(HttpMethod.POST, "/users")
                .permitAll()
                // the credential lookup answers to auth-service's service token only
                .requestMatchers("/users/email/**")
                .hasRole(Roles.SERVICE)
                .requestMatchers(HttpMethod.DELETE, "/users/**")
                .hasRole(Roles.ADMIN)
                .requestMatchers("/users", "/users/**")
                .hasAnyRole(Roles.USER, Roles.ADMIN);
    }
}
