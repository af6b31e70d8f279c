package com.musicplayer.auth;

import com.musicplayer.platform.MusicPlayerApplication;
import com.musicplayer.platform.test.TestDatabase;
import com.musicplayer.user.UserServiceApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real user-service and auth-service, each on its own free port over this run's test
 * database, started once for the test JVM and talked to over real HTTP.
 */
final class RunningSystem {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static RunningSystem instance;

    final int authPort;
    final int userPort;
    final ConfigurableApplicationContext auth;
    final ConfigurableApplicationContext users;

    private RunningSystem() {
        authPort = freePort();
        userPort = freePort();
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

    ConfigurableApplicationContext start(Class<?> app, String name, int port, String... extra) {
        return start(app, name, port, List.of(extra));
    }

    ConfigurableApplicationContext start(Class<?> app, String name, int port, List<String> extra) {
        List<String> args = new ArrayList<>(List.of(TestDatabase.arguments()));
        args.add("--server.port=" + port);
        args.add("--musicplayer.security.jwks-url=http://127.0.0.1:" + authPort + "/.well-known/jwks.json");
        args.addAll(extra);
        return new SpringApplicationBuilder(app)
                .properties(MusicPlayerApplication.defaults(name, port))
                .run(args.toArray(String[]::new));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    record Response(int status, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(raw.body());
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    static Response send(String method, String url, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (IOException | InterruptedException ex) {
            throw new IllegalStateException(ex);
        }
    }

    String authUrl(String path) {
        return "http://127.0.0.1:" + authPort + path;
    }

    String userUrl(String path) {
        return "http://127.0.0.1:" + userPort + path;
    }

    /** Registers a user through user-service and returns its id. */
    long register(String username, String email, String password) {
        Response response = send("POST", userUrl("/users"), """
                {"username":"%s","email":"%s","password":"%s","first_name":"Test"}
                """.formatted(username, email, password));
        if (response.status() != 201) {
            throw new IllegalStateException("register failed: " + response.status() + " "
                    + response.raw().body());
        }
        return response.json().get("id").asLong();
    }

    Response login(String email, String password) {
        return send("POST", authUrl("/auth/login"), """
                {"email":"%s","password":"%s"}
                """.formatted(email, password));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }
}
