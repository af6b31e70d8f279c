package com.musicplayer.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway on a random port in front of seven real HTTP servers, one per service, and a web
 * player build in a temporary directory: every path of DESIGN §12 reaches its service unchanged,
 * bodies stream both ways byte for byte, and what no route claims is the web player.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutesTest {

    static final Map<String, Downstream> SERVICES = Arrays.stream(
                    new String[] {"auth", "user", "album", "song", "media", "playlist", "subsonic"})
            .collect(Collectors.toMap(name -> name, Downstream::new));
    static final Path WEB = webBuild();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.forEach((name, server) -> registry.add("musicplayer.gateway." + name + "-url", server::url));
        registry.add("musicplayer.gateway.web-dir", WEB::toString);
    }

    @AfterAll
    static void stop() {
        SERVICES.values().forEach(Downstream::close);
    }

    @ParameterizedTest
    @CsvSource({
        "/auth/login, auth",
        "/auth/refresh, auth",
        "/.well-known/jwks.json, auth",
        "/users, user",
        "/users/7, user",
        "/users/email/ada%40example.com, user",
        "/albums, album",
        "/albums/3/songs/9, album",
        "/artists, album",
        "/artists/2/albums, album",
        "/search?q=the%20who&limit=5, album",
        "/songs/12/stream?format=mp3&max_bitrate=128, media",
        "/songs/12/stream-url, media",
        "/library/scans/current, media",
        "/library/scans, media",
        "/uploads, media",
        "/uploads/tus/4f2a, media",
        "/artwork/5?size=64, media",
        "/songs, song",
        "/songs?genre=rock&sort=-duration, song",
        "/songs/12, song",
        "/songs/liked, song",
        "/songs/12/like, song",
        "/songs/12/plays, song",
        "/songs/12/lyrics, song",
        "/me/plays, song",
        "/me/now-playing, song",
        "/playlists, playlist",
        "/playlists/4/entries/2, playlist",
        "/me/queue, playlist",
        "/rest/ping.view?u=ada&f=json, subsonic",
    })
    void eachPathReachesItsServiceUnchanged(String pathAndQuery, String service) throws Exception {
        HttpResponse<String> response = send(get(pathAndQuery)
                .header("Authorization", "Bearer a.b.c")
                .header("Accept", "text/html,application/json")
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> seen = echo(response.body());
        URI sent = URI.create(pathAndQuery);
        assertThat(seen).containsEntry("service", service).containsEntry("path", sent.getRawPath());
        // the same parameters, encoded the same (the gateway may list them in another order: no service minds)
        assertThat(Set.of(seen.get("query").split("&")))
                .isEqualTo(Set.of(String.valueOf(sent.getRawQuery()).split("&")));
        assertThat(seen).containsEntry("authorization", "Bearer a.b.c");
    }

    @ParameterizedTest
    @CsvSource({"PATCH, 5", "DELETE, 0", "OPTIONS, 0", "PUT, 5", "POST, 5"})
    void everyMethodOfAResumableUploadGoesThroughWithItsBodyAndHeaders(String method, int length) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/uploads/tus/4f2a"))
                .method(method, HttpRequest.BodyPublishers.ofString("x".repeat(length)))
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", "0")
                .header("Content-Type", "application/offset+octet-stream")
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(echo(response.body()))
                .containsEntry("service", "media")
                .containsEntry("method", method)
                .containsEntry("body-length", Integer.toString(length));
    }

    @Test
    void servicesSeeTheGatewayAsTheirOriginSoLocationAndLinkHeadersPointAtIt() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/users"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"ada\"}"))
                .header("Content-Type", "application/json")
                .build());

        Map<String, String> seen = echo(response.body());
        assertThat(seen)
                .containsEntry("method", "POST")
                .containsEntry("x-forwarded-host", "localhost:" + port)
                .containsEntry("x-forwarded-proto", "http")
                .containsEntry("x-forwarded-port", Integer.toString(port))
                .containsEntry("body-length", "18");
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/created/1");
    }

    @Test
    void aRangeRequestPassesThroughWithTheSameBytesAndHeaders() throws Exception {
        HttpResponse<byte[]> response = HTTP.send(
                get("/songs/1/stream").header("Range", "bytes=1000-1999999").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Range"))
                .hasValue("bytes 1000-1999999/" + Downstream.AUDIO.length);
        assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/flac");
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(Downstream.AUDIO, 1000, 2000000));
    }

    @Test
    void aWholeFileStreamsThroughByteForByteAndHeadGivesItsLengthOnly() throws Exception {
        HttpResponse<byte[]> whole = HTTP.send(get("/songs/1/stream").build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> head = HTTP.send(
                get("/songs/1/stream")
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(Downstream.sha256(whole.body())).isEqualTo(Downstream.sha256(Downstream.AUDIO));
        assertThat(whole.headers().firstValue("ETag")).hasValue("\"" + Downstream.sha256(Downstream.AUDIO) + "\"");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(Downstream.AUDIO.length);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aResponseIsPassedOnWhileTheServiceIsStillWritingIt() throws Exception {
        Downstream media = SERVICES.get("media");
        HttpResponse<InputStream> response =
                HTTP.send(get("/songs/1/download").build(), HttpResponse.BodyHandlers.ofInputStream());

        // the service has written half and waits: a gateway that buffered would not have answered yet
        // (the last few kilobytes may wait in the gateway's output buffer until more come)
        int early = Downstream.AUDIO.length / 2 - 64 * 1024;
        byte[] firstHalf;
        try (InputStream body = response.body()) {
            firstHalf = body.readNBytes(early);
            media.release.countDown();
            byte[] rest = body.readAllBytes();
            assertThat(rest).isEqualTo(Arrays.copyOfRange(Downstream.AUDIO, early, Downstream.AUDIO.length));
        }
        assertThat(firstHalf).isEqualTo(Arrays.copyOf(Downstream.AUDIO, early));
    }

    @Test
    void aLargeUploadGoesThroughWhole() throws Exception {
        byte[] upload = new byte[20 * 1024 * 1024];
        new Random(7).nextBytes(upload);

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/uploads"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(echo(response.body()))
                .containsEntry("service", "media")
                .containsEntry("body-length", Integer.toString(upload.length))
                .containsEntry("body-sha256", Downstream.sha256(upload));
    }

    @Test
    void anUploadIsPassedOnWhileTheClientIsStillSendingIt() throws Exception {
        Downstream media = SERVICES.get("media");
        int half = 4 * 1024 * 1024;
        PipedOutputStream client = new PipedOutputStream();
        PipedInputStream body = new PipedInputStream(client, 64 * 1024);
        CompletableFuture<HttpResponse<String>> response = HTTP.sendAsync(
                HttpRequest.newBuilder(uri("/uploads/progress"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                        .header("Content-Type", "application/octet-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        client.write(new byte[half]);
        client.flush();
        // the client has sent half and waits: a gateway that buffered the body would not have sent any yet
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (media.received.get() < half - 256 * 1024 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long receivedBeforeTheEnd = media.received.get();
        client.write(new byte[half]);
        client.close();

        assertThat(receivedBeforeTheEnd).isGreaterThanOrEqualTo(half - 256 * 1024);
        assertThat(response.get(30, TimeUnit.SECONDS).body()).isEqualTo("body-length=" + 2 * half);
    }

    @Test
    void corsIsOffByDefault() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/albums"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .build());
        HttpResponse<String> simple =
                send(get("/albums").header("Origin", "http://elsewhere.example").build());

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void rootIsTheWebPlayer() throws Exception {
        HttpResponse<String> response = send(get("/").build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<div id=\"root\">");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void aPageTheBrowserNavigatesToIsTheAppsIndex() throws Exception {
        HttpResponse<String> page = send(get("/library-view/albums/12")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .build());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"root\">");
    }

    @Test
    void theBuildsFilesAreServedAndHashedAssetsCachedForAYear() throws Exception {
        HttpResponse<String> script = send(get("/assets/index-abc123.js").build());
        HttpResponse<String> icon = send(get("/favicon.svg").build());

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).isEqualTo("console.log('player')");
        assertThat(script.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(script.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        value -> assertThat(value).contains("max-age=31536000").contains("immutable"));
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith("<svg");
    }

    @Test
    void aMissingFileThatIsNotAPageIs404NotTheIndex() throws Exception {
        HttpResponse<String> missing =
                send(get("/assets/gone.js").header("Accept", "*/*").build());
        HttpResponse<String> image =
                send(get("/missing.png").header("Accept", "image/png").build());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(image.statusCode()).isEqualTo(404);
        assertThat(image.body()).doesNotContain("<div id=\"root\">");
    }

    @Test
    void aPathOutsideTheBuildIsNeverServed() throws Exception {
        HttpResponse<String> response = send(get("/..%2f..%2fetc%2fpasswd").build());

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.body()).doesNotContain("root:");
    }

    @Test
    void docsShowEveryServicesDocumentFetchedThroughTheGateway() throws Exception {
        HttpResponse<String> document =
                send(get("/docs/media-service/openapi.json").build());
        HttpResponse<String> ui = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(get("/docs").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> config =
                send(get("/docs/gateway/openapi.json/swagger-config").build());

        assertThat(echo(document.body())).containsEntry("service", "media").containsEntry("path", "/openapi.json");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        assertThat(config.body())
                .contains("/docs/album-service/openapi.json")
                .contains("/docs/auth-service/openapi.json")
                .contains("/docs/subsonic-service/openapi.json");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = send(get("/health").build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    private HttpRequest.Builder get(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery));
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Map<String, String> echo(String body) {
        return Arrays.stream(body.split("\n"))
                .map(line -> line.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1 ? pair[1] : ""));
    }

    private static Path webBuild() {
        try {
            Path dir = Files.createTempDirectory("web-dist");
            Files.createDirectories(dir.resolve("assets"));
            Files.writeString(
                    dir.resolve("index.html"),
                    "<!doctype html><html><body><div id=\"root\"></div>"
                            + "<script src=\"/assets/index-abc123.js\"></script></body></html>");
            Files.writeString(dir.resolve("assets/index-abc123.js"), "console.log('player')");
            Files.writeString(dir.resolve("favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
