package com.musicplayer.mediaservice.upload;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.media.Hashes;
import com.musicplayer.mediaservice.stream.Client;
import com.musicplayer.mediaservice.stream.Library;
import com.musicplayer.mediaservice.stream.StreamTest;
import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import me.desair.tus.server.TusFileUploadService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * tus 1.0 resumable uploads at /uploads/tus (DESIGN §8), driven by a real tus client (npm
 * tus-js-client): a plain upload, one interrupted and resumed from where the server stopped, and a
 * file that is not audio (a problem, and nothing kept).
 */
@StreamTest
class TusUploadApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataDirectoryProperties data;

    @Autowired
    TusFileUploadService tus;

    TestRows rows;
    String admin;
    Client client;

    @BeforeEach
    void givenAnAdmin() {
        rows = new TestRows(jdbc);
        admin = bearer(TestTokens.admin(rows.admin("root")));
        client = new Client(port);
    }

    TusClient.Run upload(Path file, String token, int chunkSize, Long stopAfter, String uploadUrl) {
        var options = TusClient.options()
                .put("endpoint", client.base() + "/uploads/tus")
                .put("file", file.toAbsolutePath().toString())
                .put("token", token)
                .put("filename", file.getFileName().toString())
                .put("chunkSize", chunkSize);
        if (stopAfter != null) {
            options.put("stopAfter", stopAfter);
        }
        if (uploadUrl != null) {
            options.put("uploadUrl", uploadUrl);
        }
        return TusClient.upload(options);
    }

    long songId(TusClient.Run run) {
        return run.of("response").stream()
                .filter(r -> !r.get("songId").isNull())
                .mapToLong(r -> Long.parseLong(r.get("songId").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Upload-Song-Id in " + run.events()));
    }

    long count(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aPlainUploadImportsTheFileAndAnswersItsSongId() throws Exception {
        Path file = Library.fixture("tone-20s.flac", 20, "Long Tone", "Ada Lovelace");

        TusClient.Run run = upload(file, admin, 64 * 1024, null, null);

        assertThat(run.last().get("type").asText()).isEqualTo("success");
        long song = songId(run);
        assertThat(rows.count("SELECT COUNT(*) FROM songs WHERE id = ? AND title = 'Long Tone'", song))
                .isEqualTo(1);
        assertThat(rows.count("SELECT COUNT(*) FROM uploads WHERE song_id = ? AND filename = 'tone-20s.flac'", song))
                .isEqualTo(1);
        HttpResponse<byte[]> streamed = client.get("/songs/" + song + "/stream", "Authorization", admin);
        assertThat(Hashes.sha256(streamed.body())).isEqualTo(Hashes.sha256(Files.readAllBytes(file)));
        // the finished tus upload is gone; a HEAD of it still tells the client it is complete
        String url = run.last().get("url").asText();
        HttpResponse<byte[]> head = client.send(
                "HEAD",
                Path.of(java.net.URI.create(url).getPath()).toString(),
                "Authorization",
                admin,
                "Tus-Resumable",
                "1.0.0");
        assertThat(Client.header(head, "Upload-Song-Id")).isEqualTo(String.valueOf(song));
        assertThat(Client.header(head, "Upload-Offset")).isEqualTo(String.valueOf(Files.size(file)));
        tus.cleanup();
        assertThat(count(data.dataDir().resolve("tmp/tus/uploads"))).isZero();
    }

    @Test
    void anInterruptedUploadResumesFromTheServersOffset() throws Exception {
        Path file = Library.fixture("tone-20s.flac", 20, "Long Tone", "Ada Lovelace");
        long size = Files.size(file);
        int chunk = 32 * 1024;

        TusClient.Run first = upload(file, admin, chunk, 3L * chunk, null);

        assertThat(first.last().get("type").asText()).isEqualTo("aborted");
        long stoppedAt = first.last().get("offset").asLong();
        assertThat(stoppedAt).isGreaterThanOrEqualTo(3L * chunk).isLessThan(size);
        String url = first.last().get("url").asText();
        assertThat(rows.count("SELECT COUNT(*) FROM songs"))
                .as("nothing imported yet")
                .isZero();

        TusClient.Run resumed = upload(file, admin, chunk, null, url);

        assertThat(resumed.last().get("type").asText()).isEqualTo("success");
        JsonNode firstRequest = resumed.of("request").get(0);
        assertThat(firstRequest.get("method").asText())
                .as("asks where to go on")
                .isEqualTo("HEAD");
        assertThat(resumed.of("response").get(0).get("offset").asLong()).isEqualTo(stoppedAt);
        JsonNode firstPatch = resumed.of("request").stream()
                .filter(r -> r.get("method").asText().equals("PATCH"))
                .findFirst()
                .orElseThrow();
        assertThat(firstPatch.get("offset").asLong())
                .as("goes on from the offset, not from 0")
                .isEqualTo(stoppedAt);
        assertThat(resumed.of("request").stream()
                        .noneMatch(r -> r.get("method").asText().equals("POST")))
                .isTrue();
        long song = songId(resumed);
        HttpResponse<byte[]> streamed = client.get("/songs/" + song + "/stream", "Authorization", admin);
        assertThat(Hashes.sha256(streamed.body())).isEqualTo(Hashes.sha256(Files.readAllBytes(file)));
    }

    @Test
    void aFileThatIsNotAudioIsRefusedAndNothingIsKept() throws Exception {
        Path file = Files.createTempFile("notes-", ".mp3");
        Files.writeString(file, "these are my notes, not a song\n".repeat(5000));
        long blobs = count(data.dataDir().resolve("media"));

        TusClient.Run run = upload(file, admin, 64 * 1024, null, null);

        assertThat(run.last().get("type").asText()).isEqualTo("error");
        assertThat(run.last().get("status").asInt()).isEqualTo(415);
        assertThat(run.last().get("body").asText()).contains("not audio");
        assertThat(rows.count("SELECT COUNT(*) FROM songs")).isZero();
        assertThat(rows.count("SELECT COUNT(*) FROM media_files")).isZero();
        assertThat(rows.count("SELECT COUNT(*) FROM uploads")).isZero();
        assertThat(count(data.dataDir().resolve("media"))).isEqualTo(blobs);
        assertThat(count(data.dataDir().resolve("tmp/uploads"))).isZero();
        tus.cleanup();
        assertThat(count(data.dataDir().resolve("tmp/tus/uploads"))).isZero();
    }

    @Test
    void aUserWithoutUploadPermissionIs403() {
        String listener = bearer(TestTokens.user(rows.user("listener")));
        Path file = Library.fixture("tone-3s.mp3", 3, "Short", "Ada Lovelace");

        TusClient.Run run = upload(file, listener, 64 * 1024, null, null);

        assertThat(run.last().get("type").asText()).isEqualTo("error");
        assertThat(run.last().get("status").asInt()).isEqualTo(403);
    }
}
