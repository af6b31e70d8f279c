package com.musicplayer.gateway;

import static com.musicplayer.gateway.GatewayRoutesTest.echo;
import static com.musicplayer.gateway.GatewayRoutesTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** CORS turned on for one other origin: that origin may call the API, others get no CORS headers. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "musicplayer.gateway.cors-allowed-origins=http://player.example:5173, https://other.example")
class CorsTest {

    static final Downstream ALBUMS = new Downstream("album");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("musicplayer.gateway.album-url", ALBUMS::url);
    }

    @AfterAll
    static void stop() {
        ALBUMS.close();
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredByTheGateway() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/albums"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://player.example:5173")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://player.example:5173");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(methods -> assertThat(methods).contains("PUT"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(headers -> assertThat(headers.toLowerCase()).contains("authorization"));
        assertThat(response.body()).doesNotContain("service=album");
    }

    @Test
    void anAllowedOriginReadsTheResponseAndItsPagingHeaders() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/albums?limit=2"))
                .header("Origin", "https://other.example")
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(echo(response.body())).containsEntry("service", "album");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://other.example");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
                .hasValueSatisfying(exposed -> assertThat(exposed)
                        .contains("Link")
                        .contains("X-Total-Count")
                        .contains("Location"));
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/albums"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .build());

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
