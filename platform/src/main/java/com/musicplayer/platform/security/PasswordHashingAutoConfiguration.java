package com.musicplayer.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** bcrypt, for the services that hash (user-service) or verify (auth-service) passwords. */
@AutoConfiguration
public class PasswordHashingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder(@Value("${musicplayer.password.bcrypt-cost:10}") int cost) {
        if (cost < 10) {
            throw new IllegalStateException("musicplayer.password.bcrypt-cost must be at least 10");
        }
        return new BoundedPasswordEncoder(
                new BCryptPasswordEncoder(cost), Runtime.getRuntime().availableProcessors());
    }
}
