package com.musicplayer.gateway;

import static com.musicplayer.gateway.GatewayRoutesTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway alone: no service answers (each URL is a port nobody listens on) and the web player was
 * never built (a machine without Node.js). The gateway still starts, says which service is down as a
 * 503 problem, and its root page says how to build the player.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoServicesNoBuildTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void nothingThere(DynamicPropertyRegistry registry) {
        String dead = "http://127.0.0.1:" + closedPort();
        for (String service : new String[] {"auth", "user", "album", "song", "media", "playlist", "subsonic"}) {
            registry.add("musicplayer.gateway." + service + "-url", () -> dead);
        }
        registry.add("musicplayer.gateway.web-dir", () -> "target/no-such-build");
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /albums, album-service",
        "POST, /auth/login, auth-service",
        "GET, /users/me, user-service",
        "GET, /songs/1/stream, media-service",
        "POST, /uploads, media-service",
        "GET, /songs, song-service",
        "GET, /me/queue, playlist-service",
        "GET, /rest/ping.view, subsonic-service",
    })
    void aServiceThatIsDownIsA503Problem(String method, String path, String service) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(method.equals("POST") ? "{}" : ""))
                .header("Content-Type", "application/json")
                .build());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.body())
                .contains("\"status\":503")
                .contains(service + " is not available")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    @Test
    void withoutABuildTheRootPageSaysHowToMakeOne() throws Exception {
        HttpResponse<String> root = send(HttpRequest.newBuilder(uri("/")).build());
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/some/page"))
                .header("Accept", "text/html")
                .build());

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(root.body())
                .contains("The web player is not built")
                .contains("Node.js 20.19")
                .contains("make web");
        assertThat(page.body()).contains("The web player is not built");
    }

    @Test
    void withoutABuildAnAssetIsA404Problem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/assets/index.js"))
                .header("Accept", "application/javascript")
                .build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("not built");
    }

    @Test
    void healthIsUpWhileTheServicesAreDown() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri("/health")).build());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
