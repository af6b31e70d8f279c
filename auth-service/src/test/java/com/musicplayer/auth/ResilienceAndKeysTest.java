package com.musicplayer.auth;

import static com.musicplayer.platform.test.Http.bearer;
import static com.musicplayer.platform.test.Http.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.LiveService;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Login when user-service is down or hangs; signing keys that survive a restart. How fast the 503
 * comes is a figure {@code make outage-check} measures and prints (DESIGN §6: no clocks in tests);
 * here the behaviour: a 503 problem, not a hang until the client gives up.
 */
class ResilienceAndKeysTest {

    final RunningSystem system = RunningSystem.get();

    @Test
    void loginWhenUserServiceIsDownThen503() {
        int deadPort = LiveService.freePort();
        int port = LiveService.freePort();
        ConfigurableApplicationContext auth = system.start(
                AuthServiceApplication.class,
                "auth-service",
                port,
                "--musicplayer.auth.user-service-url=http://127.0.0.1:" + deadPort);
        try {
            String login = "http://127.0.0.1:" + port + "/auth/login";
            String body = "{\"email\":\"a@example.com\",\"password\":\"whatever1\"}";
            var response = send("POST", login, body);

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asText()).isEqualTo("User service is unavailable");
        } finally {
            auth.close();
        }
    }

    @Test
    void loginWhenUserServiceHangsThen503() throws IOException {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // accept, then never answer
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            int port = LiveService.freePort();
            ConfigurableApplicationContext auth = system.start(
                    AuthServiceApplication.class,
                    "auth-service",
                    port,
                    "--musicplayer.auth.user-service-url=http://127.0.0.1:" + silent.getLocalPort());
            try {
                String login = "http://127.0.0.1:" + port + "/auth/login";
                String body = "{\"email\":\"a@example.com\",\"password\":\"whatever1\"}";
                // Http.send gives up after 10 s: a 503 at all means the read timeout ended the wait
                var response = send("POST", login, body);

                assertThat(response.status()).isEqualTo(503);
                assertThat(response.json().get("detail").asText()).isEqualTo("User service is unavailable");
            } finally {
                auth.close();
                acceptor.interrupt();
            }
        }
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    @Test
    void aRestartedAuthServiceKeepsTheKeySoIssuedTokensStayValid() {
        String email = "k" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        system.register("key_" + email.substring(1, 9), email, "correct horse");
        String token =
                system.login(email, "correct horse").json().get("auth_token").asText();

        // a second auth-service over the same data directory: as after a restart
        int port = LiveService.freePort();
        ConfigurableApplicationContext restarted = system.start(
                AuthServiceApplication.class,
                "auth-service",
                port,
                "--musicplayer.auth.user-service-url=http://127.0.0.1:" + system.userPort);
        try {
            var verify = send("GET", "http://127.0.0.1:" + port + "/auth/verify", null, "Authorization", bearer(token));
            assertThat(verify.status()).isEqualTo(200);
            String firstKid = send("GET", system.authUrl("/.well-known/jwks.json"), null)
                    .json()
                    .get("keys")
                    .get(0)
                    .get("kid")
                    .asText();
            String secondKid = send("GET", "http://127.0.0.1:" + port + "/.well-known/jwks.json", null)
                    .json()
                    .get("keys")
                    .get(0)
                    .get("kid")
                    .asText();
            assertThat(secondKid).isEqualTo(firstKid);
        } finally {
            restarted.close();
        }
    }
}
