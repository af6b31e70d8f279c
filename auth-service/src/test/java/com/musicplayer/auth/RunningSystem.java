package com.musicplayer.auth;

import com.musicplayer.platform.test.Http;
import com.musicplayer.platform.test.LiveService;
import com.musicplayer.user.UserServiceApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real user-service and auth-service, each on its own free port over this run's test
 * database, started once for the test JVM and talked to over real HTTP.
 */
final class RunningSystem {

    private static RunningSystem instance;

    final int authPort = LiveService.freePort();
    final int userPort = LiveService.freePort();
    final ConfigurableApplicationContext users;
    final ConfigurableApplicationContext auth;

    private RunningSystem() {
        users = start(
                UserServiceApplication.class,
                UserServiceApplication.NAME,
                userPort,
                "--musicplayer.admin.password=admin-password-1");
        auth = start(
                AuthServiceApplication.class,
                AuthServiceApplication.NAME,
                authPort,
                "--musicplayer.auth.user-service-url=http://127.0.0.1:" + userPort);
    }

    static synchronized RunningSystem get() {
        if (instance == null) {
            instance = new RunningSystem();
        }
        return instance;
    }

    /** Starts a service that verifies tokens with this system's auth-service. */
    ConfigurableApplicationContext start(Class<?> app, String name, int port, String... extra) {
        List<String> args = new ArrayList<>();
        args.add("--musicplayer.security.jwks-url=http://127.0.0.1:" + authPort + "/.well-known/jwks.json");
        args.addAll(List.of(extra));
        return LiveService.start(app, name, port, args);
    }

    String authUrl(String path) {
        return "http://127.0.0.1:" + authPort + path;
    }

    String userUrl(String path) {
        return "http://127.0.0.1:" + userPort + path;
    }

    /** Registers a user through user-service and returns its id. */
    long register(String username, String email, String password) {
        Http.Response response = Http.send("POST", userUrl("/users"), """
                {"username":"%s","email":"%s","password":"%s","first_name":"Test"}
                """.formatted(username, email, password));
        if (response.status() != 201) {
            throw new IllegalStateException("register failed: " + response.status() + " " + response.body());
        }
        return response.json().get("id").asLong();
    }

    Http.Response login(String email, String password) {
        return Http.send("POST", authUrl("/auth/login"), """
                {"email":"%s","password":"%s"}
                """.formatted(email, password));
    }
}
