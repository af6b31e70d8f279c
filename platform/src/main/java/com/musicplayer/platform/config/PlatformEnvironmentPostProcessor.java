package com.musicplayer.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
 * Gives every service the same defaults ({@code musicplayer-defaults.properties}, lowest precedence),
 * turns the seed's {@code DATABASE_URL} into {@code spring.datasource.*} settings, and makes the data
 * directory absolute.
 */
class PlatformEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String DATA_DIR = "musicplayer.data-dir";

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
        absoluteDataDirectory(environment);
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

    /**
     * The data directory, however given ({@code data}, {@code ./data}, {@code ../x}, absolute), as an
     * absolute normalized path against the working directory, in front of every other source. Every
     * path derived from it is then absolute too — above all the embedded H2 URL, which H2 refuses
     * for a path that is implicitly relative ({@code jdbc:h2:file:data/…}).
     */
    private static void absoluteDataDirectory(ConfigurableEnvironment environment) {
        String configured = environment.getProperty(DATA_DIR);
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException(DATA_DIR + " (MUSICPLAYER_DATA_DIR) must not be blank");
        }
        Path absolute;
        try {
            absolute = Path.of(configured.trim()).toAbsolutePath().normalize();
        } catch (InvalidPathException ex) {
            throw new IllegalStateException(
                    DATA_DIR + " (MUSICPLAYER_DATA_DIR) is not a valid path: '" + configured + "'", ex);
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("musicplayer-data-dir", Map.of(DATA_DIR, absolute.toString())));
    }
}
