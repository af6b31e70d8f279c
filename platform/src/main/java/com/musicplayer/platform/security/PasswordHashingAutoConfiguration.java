package com.musicplayer.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** bcrypt, for the services that hash (user-service) or verify (auth-service) passwords. */
@AutoConfiguration
@EnableConfigurationProperties(PasswordProperties.class)
public class PasswordHashingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder(PasswordProperties properties) {
        return new BoundedPasswordEncoder(
                new BCryptPasswordEncoder(properties.bcryptCost()),
                Runtime.getRuntime().availableProcessors());
    }
}
