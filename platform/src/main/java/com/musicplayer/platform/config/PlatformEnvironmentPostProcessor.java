package com.musicplayer.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Gives every service the same defaults ({@code musicplayer-defaults.properties}, lowest precedence)
 * and turns the seed's {@code DATABASE_URL} into {@code spring.datasource.*} settings.
 */
class PlatformEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // decided before the defaults below add their embedded H2 URL
        boolean datasourceConfigured = environment.containsProperty("spring.datasource.url");
        try {
            for (PropertySource<?> source : new PropertiesPropertySourceLoader()
                    .load("musicplayer-defaults", new ClassPathResource("musicplayer-defaults.properties"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        String databaseUrl = environment.getProperty("DATABASE_URL");
        if (databaseUrl != null && !databaseUrl.isBlank() && !datasourceConfigured) {
            DatabaseUrl parsed = DatabaseUrl.parse(databaseUrl);
            Map<String, Object> props = new HashMap<>();
            props.put("spring.datasource.url", parsed.jdbcUrl());
            if (parsed.username() != null) {
                props.put("spring.datasource.username", parsed.username());
            }
            if (parsed.password() != null) {
                props.put("spring.datasource.password", parsed.password());
            }
            environment.getPropertySources().addFirst(new MapPropertySource("musicplayer-database-url", props));
        }
    }
}
