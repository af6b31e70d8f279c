package com.musicplayer.mediaservice.stream;

import static com.musicplayer.mediaservice.stream.Client.header;
import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.media.Hashes;
import com.musicplayer.media.upload.Uploads;
import com.musicplayer.platform.test.CleanDatabase;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** A machine without ffmpeg: the original still streams; a transcode is a clear 503, never a 500. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "musicplayer.media.ffmpeg=/nonexistent/bin/ffmpeg")
@Import(TestTokens.Decoder.class)
@ExtendWith(CleanDatabase.class)
class NoFfmpegTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Uploads uploads;

    @Test
    void theOriginalStreamsAndATranscodeIs503NamingFfmpeg() {
        long ada = new TestRows(jdbc).user("ada");
        String token = bearer(TestTokens.user(ada));
        Library.Song song =
                Library.upload(uploads, ada, Library.fixture("tone-20s.flac", 20, "Long Tone", "Ada Lovelace"));
        Client client = new Client(port);

        HttpResponse<byte[]> original = client.get("/songs/" + song.id() + "/stream", "Authorization", token);
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(Hashes.sha256(original.body())).isEqualTo(song.sha256());

        // more attempts than there are ffmpeg slots: a failed start gives its slot back
        for (int i = 0; i < Runtime.getRuntime().availableProcessors() + 2; i++) {
            HttpResponse<byte[]> transcode =
                    client.get("/songs/" + song.id() + "/stream?format=mp3", "Authorization", token);
            assertThat(transcode.statusCode()).isEqualTo(503);
            assertThat(header(transcode, "Content-Type")).isEqualTo("application/problem+json");
            assertThat(header(transcode, "Retry-After"))
                    .as("retrying will not help")
                    .isNull();
            assertThat(Client.json(transcode).get("detail").asText()).contains("ffmpeg");
        }
    }
}
