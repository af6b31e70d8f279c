package com.musicplayer.gateway;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single origin (DESIGN §12): every API path goes to the service that owns it, everything else is
 * the web player. It has no database and adds no second auth layer — the services check tokens.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static final String NAME = "gateway";
    public static final int PORT = 8080;

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(GatewayApplication.class);
        app.setDefaultProperties(Map.of("spring.application.name", NAME, "server.port", PORT));
        app.run(args);
    }
}
