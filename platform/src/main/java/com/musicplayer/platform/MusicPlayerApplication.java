package com.musicplayer.platform;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one MusicPlayer service. The service's name and default port are set as default
 * properties (so {@code SERVER_PORT} still overrides), and no service needs its own
 * {@code application.properties}: several services can share one classpath (tests, {@code make run}).
 */
public final class MusicPlayerApplication {

    private MusicPlayerApplication() {}

    public static ConfigurableApplicationContext run(
            Class<?> source, String serviceName, int defaultPort, String... args) {
        SpringApplication app = new SpringApplication(source);
        app.setDefaultProperties(defaults(serviceName, defaultPort));
        return app.run(args);
    }

    public static Map<String, Object> defaults(String serviceName, int defaultPort) {
        return Map.of("spring.application.name", serviceName, "server.port", defaultPort);
    }
}
