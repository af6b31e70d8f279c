package com.musicplayer.mediaservice.stream;

import static com.musicplayer.mediaservice.stream.Client.header;
import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.media.Hashes;
import com.musicplayer.media.scan.Scanner;
import com.musicplayer.media.upload.Uploads;
import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.test.AudioFixtures;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GET/HEAD /songs/{id}/stream and /download over real HTTP (DESIGN §9): every Range and validator
 * case, each body compared byte for byte with the file (by SHA-256).
 */
@StreamTest
class StreamApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Uploads uploads;

    @Autowired
    Scanner scanner;

    @Autowired
    DataDirectoryProperties data;

    Client client;
    String token;
    Library.Song song;
    long size;

    @BeforeEach
    void givenAnUploadedSong() {
        client = new Client(port);
        TestRows rows = new TestRows(jdbc);
        long ada = rows.user("ada");
        token = bearer(TestTokens.user(ada));
        song = Library.upload(uploads, ada, Library.fixture("tone-20s.flac", 20, "Long Tone", "Ada Lovelace"));
        size = song.bytes().length;
    }

    HttpResponse<byte[]> stream(String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", token));
        all.addAll(List.of(headers));
        return client.get("/songs/" + song.id() + "/stream", all.toArray(String[]::new));
    }

    @Test
    void wholeFileWithItsValidatorsAndType() {
        HttpResponse<byte[]> response = stream();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Accept-Ranges")).isEqualTo("bytes");
        assertThat(header(response, "Content-Type")).isEqualTo("audio/flac");
        assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(size));
        assertThat(header(response, "ETag")).isEqualTo("\"" + song.sha256() + "\"");
        assertThat(header(response, "Last-Modified")).isNotBlank();
        assertThat(Hashes.sha256(response.body())).isEqualTo(song.sha256());
    }

    @Test
    void singleRangeIsPartialContent() {
        HttpResponse<byte[]> response = stream("Range", "bytes=100-4099");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(header(response, "Content-Range")).isEqualTo("bytes 100-4099/" + size);
        assertThat(header(response, "Content-Length")).isEqualTo("4000");
        assertThat(Hashes.sha256(response.body())).isEqualTo(Hashes.sha256(song.range(100, 4099)));
    }

    @Test
    void suffixRangeIsTheLastBytes() {
        HttpResponse<byte[]> response = stream("Range", "bytes=-500");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(header(response, "Content-Range"))
                .isEqualTo("bytes " + (size - 500) + "-" + (size - 1) + "/" + size);
        assertThat(Hashes.sha256(response.body())).isEqualTo(Hashes.sha256(song.range(size - 500, size - 1)));
    }

    @Test
    void openRangeRunsToTheEndAndAnEndPastItIsClipped() {
        HttpResponse<byte[]> open = stream("Range", "bytes=1000-");
        HttpResponse<byte[]> past = stream("Range", "bytes=0-999999999");

        assertThat(open.statusCode()).isEqualTo(206);
        assertThat(header(open, "Content-Range")).isEqualTo("bytes 1000-" + (size - 1) + "/" + size);
        assertThat(Hashes.sha256(open.body())).isEqualTo(Hashes.sha256(song.range(1000, size - 1)));
        assertThat(past.statusCode()).isEqualTo(206);
        assertThat(header(past, "Content-Range")).isEqualTo("bytes 0-" + (size - 1) + "/" + size);
        assertThat(Hashes.sha256(past.body())).isEqualTo(song.sha256());
    }

    @Test
    void severalRangesAreMultipartByteranges() throws Exception {
        HttpResponse<byte[]> response = stream("Range", "bytes=0-99,2000-2999,-50");

        assertThat(response.statusCode()).isEqualTo(206);
        String type = header(response, "Content-Type");
        assertThat(type).startsWith("multipart/byteranges; boundary=");
        assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(response.body().length));
        MimeMultipart parts = new MimeMultipart(new ByteArrayDataSource(response.body(), type));
        assertThat(parts.getCount()).isEqualTo(3);
        long[][] expected = {{0, 99}, {2000, 2999}, {size - 50, size - 1}};
        for (int i = 0; i < 3; i++) {
            BodyPart part = parts.getBodyPart(i);
            long start = expected[i][0];
            long end = expected[i][1];
            assertThat(part.getHeader("Content-Type")).containsExactly("audio/flac");
            assertThat(part.getHeader("Content-Range")).containsExactly("bytes " + start + "-" + end + "/" + size);
            byte[] bytes = part.getInputStream().readAllBytes();
            assertThat(Hashes.sha256(bytes)).isEqualTo(Hashes.sha256(song.range(start, end)));
        }
    }

    @Test
    void rangeOutsideTheFileIs416WithTheSize() {
        HttpResponse<byte[]> response = stream("Range", "bytes=" + size + "-");

        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(header(response, "Content-Range")).isEqualTo("bytes */" + size);
        assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(Client.json(response).get("detail").asText()).contains(String.valueOf(size));
    }

    @Test
    void aRangeThatCannotBeParsedIsIgnored() {
        HttpResponse<byte[]> response = stream("Range", "bytes=abc");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Hashes.sha256(response.body())).isEqualTo(song.sha256());
    }

    @Test
    void ifNoneMatchWithTheETagIs304WithoutABody() {
        String etag = header(stream(), "ETag");

        HttpResponse<byte[]> response = stream("If-None-Match", etag);

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(header(response, "ETag")).isEqualTo(etag);
        assertThat(response.body()).isEmpty();
        assertThat(stream("If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void ifModifiedSinceTheLastModificationIs304() {
        String lastModified = header(stream(), "Last-Modified");
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .minusDays(1)
                        .withZoneSameInstant(ZoneOffset.UTC));

        assertThat(stream("If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(stream("If-Modified-Since", earlier).statusCode()).isEqualTo(200);
    }

    @Test
    void ifRangeWithTheCurrentETagOrDateGivesTheRangeAndAStaleOneTheWholeFile() {
        HttpResponse<byte[]> first = stream();
        String etag = header(first, "ETag");
        String lastModified = header(first, "Last-Modified");

        HttpResponse<byte[]> current = stream("Range", "bytes=10-19", "If-Range", etag);
        HttpResponse<byte[]> byDate = stream("Range", "bytes=10-19", "If-Range", lastModified);
        HttpResponse<byte[]> stale = stream("Range", "bytes=10-19", "If-Range", "\"0123stale\"");
        HttpResponse<byte[]> weak = stream("Range", "bytes=10-19", "If-Range", "W/" + etag);

        assertThat(current.statusCode()).isEqualTo(206);
        assertThat(current.body()).isEqualTo(song.range(10, 19));
        assertThat(byDate.statusCode()).isEqualTo(206);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(Hashes.sha256(stale.body())).isEqualTo(song.sha256());
        assertThat(weak.statusCode()).isEqualTo(200);
    }

    @Test
    void headHasTheHeadersOfGetAndNoBody() {
        HttpResponse<byte[]> whole = client.send("HEAD", "/songs/" + song.id() + "/stream", "Authorization", token);
        HttpResponse<byte[]> range =
                client.send("HEAD", "/songs/" + song.id() + "/stream", "Authorization", token, "Range", "bytes=0-9");

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(header(whole, "Content-Length")).isEqualTo(String.valueOf(size));
        assertThat(header(whole, "Accept-Ranges")).isEqualTo("bytes");
        assertThat(header(whole, "ETag")).isEqualTo("\"" + song.sha256() + "\"");
        assertThat(whole.body()).isEmpty();
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(header(range, "Content-Range")).isEqualTo("bytes 0-9/" + size);
        assertThat(range.body()).isEmpty();
    }

    @Test
    void aLocalFileGoesOutWithSendfileNeverThroughAJavaBuffer() {
        HttpResponse<byte[]> whole = stream("X-Probe", "whole");
        HttpResponse<byte[]> range = stream("X-Probe", "range", "Range", "bytes=4096-");

        assertThat(Hashes.sha256(whole.body())).isEqualTo(song.sha256());
        assertThat(WriteProbe.SEEN.get("whole").bytesWritten()).isZero();
        assertThat(WriteProbe.SEEN.get("whole").sendfile()).endsWith(song.sha256() + ".flac");
        assertThat(WriteProbe.SEEN.get("whole").start()).isZero();
        assertThat(WriteProbe.SEEN.get("whole").end()).isEqualTo(size);
        assertThat(range.body()).isEqualTo(song.range(4096, size - 1));
        assertThat(WriteProbe.SEEN.get("range").bytesWritten()).isZero();
        assertThat(WriteProbe.SEEN.get("range").start()).isEqualTo(4096);
    }

    @Test
    void aScannedFileStaysWhereItIsAndGoesOutWithSendfileToo() throws Exception {
        Path file = AudioFixtures.track("Scanned")
                .artist("Grace Hopper")
                .seconds(4)
                .writeTo(data.dataDir().resolve("music/Grace Hopper/01 - Scanned.ogg"));
        scanner.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while ("running".equals(scanner.current().state())) {
            assertThat(Instant.now()).as("the scan ends").isBefore(deadline);
            Thread.sleep(100);
        }
        long scanned = jdbc.queryForObject(
                "SELECT song_id FROM media_files WHERE source = 'scan' AND storage_key = ?",
                Long.class,
                file.toAbsolutePath().toString());

        HttpResponse<byte[]> response = client.get(
                "/songs/" + scanned + "/stream", "Authorization", token, "X-Probe", "scanned", "Range", "bytes=100-");

        byte[] bytes = Files.readAllBytes(file);
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(header(response, "Content-Type")).isEqualTo("audio/ogg");
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(bytes, 100, bytes.length));
        assertThat(WriteProbe.SEEN.get("scanned").sendfile())
                .isEqualTo(file.toAbsolutePath().toString());
        assertThat(WriteProbe.SEEN.get("scanned").bytesWritten()).isZero();
    }

    @Test
    void withoutATokenOrSignatureIs401AndATokenInTheQueryIsNotOne() {
        String raw = TestTokens.user(new TestRows(jdbc).user("bob"));

        HttpResponse<byte[]> none = client.get("/songs/" + song.id() + "/stream");
        HttpResponse<byte[]> inQuery = client.get("/songs/" + song.id() + "/stream?access_token=" + raw);
        HttpResponse<byte[]> bad = client.get("/songs/" + song.id() + "/stream", "Authorization", "Bearer nonsense");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(header(none, "WWW-Authenticate")).startsWith("Bearer");
        assertThat(header(none, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(inQuery.statusCode()).isEqualTo(401);
        assertThat(bad.statusCode()).isEqualTo(401);
    }

    @Test
    void aSongWithoutAudioIs404() {
        long restOnly = new TestRows(jdbc).song("Only a URL", "Nobody", "Pop");

        HttpResponse<byte[]> response = client.get("/songs/" + restOnly + "/stream", "Authorization", token);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Client.json(response).get("detail").asText()).contains(String.valueOf(restOnly));
        assertThat(client.get("/songs/999999/stream", "Authorization", token).statusCode())
                .isEqualTo(404);
        assertThat(client.get("/songs/" + restOnly + "/download", "Authorization", token)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void downloadIsTheOriginalAsAnAttachmentNamedArtistAndTitle() {
        HttpResponse<byte[]> response = client.get("/songs/" + song.id() + "/download", "Authorization", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''Ada%20Lovelace%20-%20Long%20Tone.flac");
        assertThat(Hashes.sha256(response.body())).isEqualTo(song.sha256());
        HttpResponse<byte[]> resumed =
                client.get("/songs/" + song.id() + "/download", "Authorization", token, "Range", "bytes=500-");
        assertThat(resumed.statusCode()).isEqualTo(206);
        assertThat(resumed.body()).isEqualTo(song.range(500, size - 1));
    }

    @Test
    void problemsAreJsonEvenWhenThePlayerAcceptsOnlyAudio() {
        HttpResponse<byte[]> response = client.get("/songs/999999/stream", "Authorization", token, "Accept", "audio/*");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
    }
}
