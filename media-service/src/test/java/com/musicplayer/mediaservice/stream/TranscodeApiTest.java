package com.musicplayer.mediaservice.stream;

import static com.musicplayer.mediaservice.stream.Client.header;
import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.musicplayer.media.Hashes;
import com.musicplayer.media.upload.Uploads;
import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.test.AudioProbe;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Transcoding with ffmpeg (DESIGN §9), over real HTTP: the output as ffprobe reads it (codec,
 * bitrate, duration), the disk cache, time offsets, the bounded pool (this context allows one
 * ffmpeg and waits 1 s for it) and a client that leaves.
 */
@StreamTest
class TranscodeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Uploads uploads;

    @Autowired
    DataDirectoryProperties data;

    Client client;
    String token;
    long ada;
    Library.Song song;

    @BeforeEach
    void givenASong() {
        client = new Client(port);
        ada = new TestRows(jdbc).user("ada");
        token = bearer(TestTokens.user(ada));
        song = Library.upload(uploads, ada, Library.fixture("tone-20s.flac", 20, "Long Tone", "Ada Lovelace"));
    }

    HttpResponse<byte[]> stream(long songId, String query, String... headers) {
        List<String> all = new java.util.ArrayList<>(List.of("Authorization", token));
        all.addAll(List.of(headers));
        return client.get("/songs/" + songId + "/stream" + query, all.toArray(String[]::new));
    }

    Path cache() {
        return data.dataDir().resolve("cache/transcodes");
    }

    Path saved(HttpResponse<byte[]> response, String extension) throws IOException {
        Path file = Files.createTempFile("transcoded-", "." + extension);
        Files.write(file, response.body());
        return file;
    }

    /** kb/s of the body over the duration ffprobe finds. */
    static double kbps(HttpResponse<byte[]> response, Path file) {
        return response.body().length * 8.0 / AudioProbe.durationMs(file);
    }

    @Test
    void mp3At128IsMp3At128WhileItIsMadeThenFromTheCache() throws Exception {
        Files.deleteIfExists(cache().resolve(song.sha256() + "-128k.mp3"));

        HttpResponse<byte[]> live = stream(song.id(), "?format=mp3&max_bitrate=128");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(header(live, "Content-Type")).isEqualTo("audio/mpeg");
        assertThat(header(live, "Content-Length")).as("sent as it is made").isNull();
        Path file = saved(live, "mp3");
        Map<String, String> stream = AudioProbe.audioStream(file);
        assertThat(stream.get("codec_name")).isEqualTo("mp3");
        assertThat(Integer.parseInt(stream.get("bit_rate"))).isEqualTo(128_000);
        assertThat(AudioProbe.durationMs(file)).isCloseTo(20_000L, within(300L));
        AudioProbe.assertDecodes(file);

        Path cached = cache().resolve(song.sha256() + "-128k.mp3");
        assertThat(cached).exists();
        HttpResponse<byte[]> again = stream(song.id(), "?format=mp3&max_bitrate=128");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(header(again, "Content-Length")).isEqualTo(String.valueOf(live.body().length));
        assertThat(header(again, "Accept-Ranges")).isEqualTo("bytes");
        assertThat(header(again, "ETag")).isEqualTo("\"" + song.sha256() + "-128k.mp3\"");
        assertThat(Hashes.sha256(again.body())).isEqualTo(Hashes.sha256(live.body()));
        HttpResponse<byte[]> seek = stream(song.id(), "?format=mp3&max_bitrate=128", "Range", "bytes=1000-1999");
        assertThat(seek.statusCode()).isEqualTo(206);
        assertThat(seek.body()).isEqualTo(java.util.Arrays.copyOfRange(live.body(), 1000, 2000));
    }

    @Test
    void opusIsOpusInOgg() throws Exception {
        HttpResponse<byte[]> response = stream(song.id(), "?format=opus&max_bitrate=96");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).isEqualTo("audio/ogg; codecs=opus");
        Path file = saved(response, "opus");
        assertThat(AudioProbe.audioStream(file).get("codec_name")).isEqualTo("opus");
        assertThat(kbps(response, file)).isCloseTo(96, within(96 * 0.2));
        assertThat(AudioProbe.durationMs(file)).isCloseTo(20_000L, within(300L));
    }

    @Test
    void aacIsAdtsAac() throws Exception {
        HttpResponse<byte[]> response = stream(song.id(), "?format=aac&max_bitrate=128");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).isEqualTo("audio/aac");
        Path file = saved(response, "aac");
        assertThat(AudioProbe.audioStream(file).get("codec_name")).isEqualTo("aac");
        assertThat(kbps(response, file)).isCloseTo(128, within(128 * 0.2));
    }

    @Test
    void aTimeOffsetStartsThereAndIsNotCached() throws Exception {
        HttpResponse<byte[]> response = stream(song.id(), "?format=mp3&max_bitrate=112&time_offset=15");

        assertThat(response.statusCode()).isEqualTo(200);
        Path file = saved(response, "mp3");
        assertThat(AudioProbe.durationMs(file)).isCloseTo(5_000L, within(300L));
        assertThat(cache().resolve(song.sha256() + "-112k.mp3")).doesNotExist();
        try (Stream<Path> files = Files.list(cache())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    @Test
    void anOriginalThatFitsIsSentAsItIs() {
        Library.Song mp3 = Library.upload(uploads, ada, Library.fixture("tone-3s.mp3", 3, "Short", "Ada Lovelace"));

        HttpResponse<byte[]> sameCodec = stream(mp3.id(), "?format=mp3");
        HttpResponse<byte[]> underTheCap = stream(mp3.id(), "?max_bitrate=320");

        assertThat(Hashes.sha256(sameCodec.body())).isEqualTo(mp3.sha256());
        assertThat(header(sameCodec, "ETag")).isEqualTo("\"" + mp3.sha256() + "\"");
        assertThat(Hashes.sha256(underTheCap.body())).isEqualTo(mp3.sha256());
    }

    @Test
    void badTranscodingValuesAre400() {
        for (String query : List.of(
                "?format=wav",
                "?max_bitrate=8",
                "?max_bitrate=1000",
                "?max_bitrate=abc",
                "?format=mp3&time_offset=-1",
                "?format=mp3&time_offset=20",
                "?time_offset=soon")) {
            HttpResponse<byte[]> response = stream(song.id(), query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(header(response, "Content-Type")).as(query).isEqualTo("application/problem+json");
        }
    }

    @Test
    void headOfATranscodeNamesItsTypeWithoutRunningFfmpeg() {
        HttpResponse<byte[]> response = client.send(
                "HEAD", "/songs/" + song.id() + "/stream?format=opus&max_bitrate=64", "Authorization", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).isEqualTo("audio/ogg; codecs=opus");
        assertThat(response.body()).isEmpty();
        assertThat(ffmpegs()).isEmpty();
    }

    @Test
    void whenEveryTranscoderIsBusyTheNextWaitsThenGets503WithRetryAfter() throws Exception {
        Library.Song longSong =
                Library.upload(uploads, ada, Library.fixture("tone-600s.flac", 600, "Very Long", "Ada Lovelace"));
        try (SlowPlayer holding =
                new SlowPlayer(port, "/songs/" + longSong.id() + "/stream?format=mp3&max_bitrate=320", token)) {
            assertThat(holding.head()).startsWith("HTTP/1.1 200");

            HttpResponse<byte[]> refused = stream(song.id(), "?format=opus&max_bitrate=64");

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(header(refused, "Retry-After")).isEqualTo("5");
            assertThat(Client.json(refused).get("detail").asText()).contains("busy");
            assertThat(stream(song.id(), "").statusCode())
                    .as("the original still streams")
                    .isEqualTo(200);
        }
        awaitNoFfmpeg();
        assertThat(stream(song.id(), "?format=opus&max_bitrate=64").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aClientThatHangsUpStopsItsFfmpegAndLeavesNoPartialFile() throws Exception {
        Library.Song longSong =
                Library.upload(uploads, ada, Library.fixture("tone-600s.flac", 600, "Very Long", "Ada Lovelace"));
        SlowPlayer player =
                new SlowPlayer(port, "/songs/" + longSong.id() + "/stream?format=mp3&max_bitrate=320", token);
        List<ProcessHandle> running = ffmpegs();
        assertThat(running).hasSize(1);
        try (Stream<Path> files = Files.list(cache())) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith(".partial-"));
        }

        player.close();

        awaitNoFfmpeg();
        assertThat(running.get(0).isAlive()).isFalse();
        try (Stream<Path> files = Files.list(cache())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(".partial-"))
                    .noneMatch(name -> name.startsWith(longSong.sha256()));
        }
    }

    /** ffmpeg processes this JVM (the service under test) started. */
    static List<ProcessHandle> ffmpegs() {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/ffmpeg")).orElse(false))
                .filter(ProcessHandle::isAlive)
                .toList();
    }

    static void awaitNoFfmpeg() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!ffmpegs().isEmpty()) {
            assertThat(Instant.now()).as("ffmpeg ends once its client has gone").isBefore(deadline);
            Thread.sleep(100);
        }
        // the slot is freed right after ffmpeg ends
        Thread.sleep(200);
    }
}
