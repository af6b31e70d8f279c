package com.musicplayer.mediaservice.upload;

import static com.musicplayer.mediaservice.stream.Client.header;
import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.media.Hashes;
import com.musicplayer.mediaservice.stream.Client;
import com.musicplayer.mediaservice.stream.Library;
import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.test.AudioFixtures;
import com.musicplayer.platform.test.AudioProbe;
import com.musicplayer.platform.test.CleanDatabase;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Uploads and streams with {@code MUSICPLAYER_STORAGE=s3://music/library} against a real S3 API
 * (Adobe S3Mock in its own process): uploads land in the bucket, a stream reads only the bytes asked
 * for (one ranged GET per range, as S3Mock's access log shows), failed uploads leave no object.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestTokens.Decoder.class)
@ExtendWith(CleanDatabase.class)
class S3StorageTest {

    static S3Mock s3;

    @DynamicPropertySource
    static void s3Storage(DynamicPropertyRegistry registry) {
        s3 = S3Mock.start();
        registry.add("musicplayer.media.storage", () -> "s3://" + S3Mock.BUCKET + "/library");
        registry.add("musicplayer.media.s3.endpoint", () -> s3.endpoint().toString());
        registry.add("musicplayer.media.s3.access-key", () -> S3Mock.ACCESS_KEY);
        registry.add("musicplayer.media.s3.secret-key", () -> S3Mock.SECRET_KEY);
    }

    @AfterAll
    static void stopS3() {
        if (s3 != null) {
            s3.close();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataDirectoryProperties data;

    TestRows rows;
    String admin;
    Client client;

    @BeforeEach
    void givenAnAdmin() {
        rows = new TestRows(jdbc);
        admin = bearer(TestTokens.admin(rows.admin("root")));
        client = new Client(port);
    }

    /** A multipart upload over HTTP; the song's id. */
    long upload(Path file) throws Exception {
        HttpResponse<byte[]> response = client.upload(
                "/uploads", file.getFileName().toString(), Files.readAllBytes(file), "Authorization", admin);
        assertThat(response.statusCode()).as(Client.text(response)).isIn(200, 201);
        return Client.json(response).get("song").get("id").asLong();
    }

    String keyOf(byte[] content, String extension) {
        String sha = Hashes.sha256(content);
        return "library/audio/" + sha.substring(0, 2) + "/" + sha + "." + extension;
    }

    List<S3Mock.Request> getsOf(String key) {
        return s3.requests().stream()
                .filter(r -> r.method().equals("GET") && r.path().equals("/" + S3Mock.BUCKET + "/" + key))
                .toList();
    }

    @Test
    void aMultipartUploadLandsInTheBucketAndNotOnLocalDisk() throws Exception {
        // content no other test uploads (tests of local storage share this JVM's data directory)
        Path file = Library.fixture("s3-only-7s.flac", 7, "Only In S3", "Ada Lovelace");
        byte[] bytes = Files.readAllBytes(file);

        long song = upload(file);

        assertThat(s3.keys("library/audio/")).contains(keyOf(bytes, "flac"));
        assertThat(data.dataDir().resolve("media").resolve(keyOf(bytes, "flac").substring("library/".length())))
                .doesNotExist();
        HttpResponse<byte[]> streamed = client.get("/songs/" + song + "/stream", "Authorization", admin);
        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(header(streamed, "Content-Length")).isEqualTo(String.valueOf(bytes.length));
        assertThat(Hashes.sha256(streamed.body())).isEqualTo(Hashes.sha256(bytes));
    }

    @Test
    void rangesAreRangedGetsThatTransferOnlyThoseBytes() throws Exception {
        Path file = Library.fixture("tone-20s.flac", 20, "Long Tone", "Ada Lovelace");
        byte[] bytes = Files.readAllBytes(file);
        long size = bytes.length;
        long song = upload(file);
        String key = keyOf(bytes, "flac");
        int before = getsOf(key).size();

        HttpResponse<byte[]> single =
                client.get("/songs/" + song + "/stream", "Authorization", admin, "Range", "bytes=1000-1999");
        HttpResponse<byte[]> suffix =
                client.get("/songs/" + song + "/stream", "Authorization", admin, "Range", "bytes=-500");
        HttpResponse<byte[]> open = client.get(
                "/songs/" + song + "/stream", "Authorization", admin, "Range", "bytes=" + (size - 3000) + "-");
        HttpResponse<byte[]> several =
                client.get("/songs/" + song + "/stream", "Authorization", admin, "Range", "bytes=0-99,5000-5099");

        assertThat(single.statusCode()).isEqualTo(206);
        assertThat(single.body()).isEqualTo(Arrays.copyOfRange(bytes, 1000, 2000));
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(bytes, (int) size - 500, (int) size));
        assertThat(open.body()).isEqualTo(Arrays.copyOfRange(bytes, (int) size - 3000, (int) size));
        MimeMultipart parts =
                new MimeMultipart(new ByteArrayDataSource(several.body(), header(several, "Content-Type")));
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes())
                .isEqualTo(Arrays.copyOfRange(bytes, 5000, 5100));
        List<S3Mock.Request> gets = getsOf(key).subList(before, getsOf(key).size());
        assertThat(gets)
                .extracting(S3Mock.Request::range, S3Mock.Request::bytes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bytes=1000-1999", 1000L),
                        org.assertj.core.groups.Tuple.tuple("bytes=" + (size - 500) + "-" + (size - 1), 500L),
                        org.assertj.core.groups.Tuple.tuple("bytes=" + (size - 3000) + "-" + (size - 1), 3000L),
                        org.assertj.core.groups.Tuple.tuple("bytes=0-99", 100L),
                        org.assertj.core.groups.Tuple.tuple("bytes=5000-5099", 100L));
    }

    @Test
    void aDownloadAndATranscodeReadFromS3() throws Exception {
        Path flac = Library.fixture("tone-20s.flac", 20, "Long Tone", "Ada Lovelace");
        Path m4a = Library.fixture("tone-5s.m4a", 5, "Short AAC", "Ada Lovelace");
        long flacSong = upload(flac);
        long m4aSong = upload(m4a);

        HttpResponse<byte[]> download = client.get("/songs/" + flacSong + "/download", "Authorization", admin);
        HttpResponse<byte[]> piped =
                client.get("/songs/" + flacSong + "/stream?format=mp3&max_bitrate=96", "Authorization", admin);
        // an MP4 keeps its index at the end: ffmpeg gets a local copy instead of a pipe
        HttpResponse<byte[]> copied =
                client.get("/songs/" + m4aSong + "/stream?format=opus&max_bitrate=64", "Authorization", admin);

        assertThat(header(download, "Content-Disposition")).contains("Ada%20Lovelace%20-%20Long%20Tone.flac");
        assertThat(Hashes.sha256(download.body())).isEqualTo(Hashes.sha256(Files.readAllBytes(flac)));
        Path mp3 = Files.write(Files.createTempFile("s3-", ".mp3"), piped.body());
        assertThat(AudioProbe.audioStream(mp3).get("codec_name")).isEqualTo("mp3");
        assertThat(AudioProbe.durationMs(mp3)).isBetween(19_500L, 20_500L);
        Path opus = Files.write(Files.createTempFile("s3-", ".opus"), copied.body());
        assertThat(AudioProbe.audioStream(opus).get("codec_name")).isEqualTo("opus");
        try (var left = Files.list(data.dataDir().resolve("cache/transcodes"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    @Test
    void failedUploadsLeaveNothingInTheBucket() throws Exception {
        List<String> before = s3.keys("");
        Path wav = AudioFixtures.track("Cut")
                .seconds(3)
                .writeTo(Files.createTempDirectory("s3-").resolve("cut.wav"));
        byte[] bytes = Files.readAllBytes(wav);
        byte[] half = Arrays.copyOf(bytes, bytes.length / 2);

        HttpResponse<byte[]> notAudio = client.upload(
                "/uploads", "notes.mp3", "not a song at all\n".repeat(100).getBytes(), "Authorization", admin);
        HttpResponse<byte[]> corrupt = client.upload("/uploads", "cut.wav", half, "Authorization", admin);

        assertThat(notAudio.statusCode()).isEqualTo(415);
        assertThat(corrupt.statusCode()).isEqualTo(422);
        assertThat(s3.keys("")).containsExactlyInAnyOrderElementsOf(before);
        assertThat(rows.count("SELECT COUNT(*) FROM media_files")).isZero();
        assertThat(s3.requests())
                .as("no object was even written")
                .noneMatch(r -> r.method().equals("PUT") && r.path().contains(Hashes.sha256(half)));
    }

    @Test
    void aResumableUploadLandsInTheBucketToo() throws Exception {
        Path file = Library.fixture("tone-3s.mp3", 3, "Short", "Ada Lovelace");

        TusClient.Run run = TusClient.upload(TusClient.options()
                .put("endpoint", client.base() + "/uploads/tus")
                .put("file", file.toAbsolutePath().toString())
                .put("token", admin)
                .put("filename", "tone-3s.mp3")
                .put("chunkSize", 16 * 1024));

        assertThat(run.last().get("type").asText()).isEqualTo("success");
        assertThat(s3.keys("library/audio/")).contains(keyOf(Files.readAllBytes(file), "mp3"));
    }
}
