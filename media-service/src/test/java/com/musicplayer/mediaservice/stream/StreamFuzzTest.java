package com.musicplayer.mediaservice.stream;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.media.upload.Uploads;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed input to the playback operations — Range, If-Range and validator headers, transcoding
 * and signature parameters, with and without a token — never gets a 5xx, and every refusal is
 * problem+json.
 */
@StreamTest
class StreamFuzzTest {

    static final List<String> RANGES = List.of(
            "bytes=",
            "bytes=-",
            "bytes=5-2",
            "bytes=99999999999999999999-",
            "bytes=-99999999999999999999",
            "bytes=0-0," + "0-0,".repeat(150) + "0-0",
            "items=0-1",
            "bytes=0-1;2-3",
            "bytes= 0 - 1",
            "bytes=\u00e9-1",
            "bytes=-0",
            "bytes=0-,0-,0-",
            "bytes=1-1,3-3,5-5,7-7",
            "garbage");
    static final List<String> VALIDATORS =
            List.of("*", "\"", "W/", "W/\"x\"", "Mon, 32 Foo 2020", "\"a\", \"b\"", "0", "-1", "x".repeat(2000));
    static final List<String> VALUES = List.of(
            "",
            "-1",
            "0",
            "NaN",
            "Infinity",
            "-Infinity",
            "1e309",
            "99999999999999999999",
            "9223372036854775807",
            "0x10",
            "mp3",
            "MP3",
            "../../etc/passwd",
            "%00",
            "\u00fc\u00df",
            "' OR 1=1 --");
    static final List<String> PARAMS = List.of("format", "max_bitrate", "time_offset", "exp", "uid", "sig");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Uploads uploads;

    @Test
    void noMalformedRequestGetsA5xx() {
        long ada = new TestRows(jdbc).user("ada");
        String token = bearer(TestTokens.user(ada));
        Library.Song song = Library.upload(uploads, ada, Library.fixture("tone-3s.mp3", 3, "Short", "Ada"));
        Client client = new Client(port);
        Random random = new Random(13);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String operation : List.of("stream", "download", "stream-url")) {
            String path = "/songs/" + song.id() + "/" + operation;
            for (String range : RANGES) {
                requests++;
                check(failures, client.get(path, "Authorization", token, "Range", range), "Range " + range);
                String validator = VALIDATORS.get(random.nextInt(VALIDATORS.size()));
                requests++;
                check(
                        failures,
                        client.get(path, "Authorization", token, "Range", range, "If-Range", validator),
                        "If-Range " + validator);
            }
            for (String validator : VALIDATORS) {
                for (String header : List.of("If-None-Match", "If-Modified-Since", "If-Match", "If-Unmodified-Since")) {
                    requests++;
                    check(failures, client.get(path, "Authorization", token, header, validator), header + validator);
                }
            }
            for (String param : PARAMS) {
                for (String value : VALUES) {
                    String query = "?" + param + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    requests += 2;
                    check(failures, client.get(path + query, "Authorization", token), query + " (token)");
                    check(failures, client.get(path + query + "&exp=1&uid=" + ada + "&sig=x"), query + " (signed)");
                }
            }
        }
        System.out.printf("StreamFuzzTest: %d malformed requests, %d answered 5xx%n", requests, failures.size());
        assertThat(failures).isEmpty();
    }

    /** Records a 5xx, or a 4xx that is no problem+json. */
    static void check(List<String> failures, HttpResponse<byte[]> response, String what) {
        int status = response.statusCode();
        String type = Client.header(response, "Content-Type");
        if (status >= 500) {
            failures.add(status + " for " + what + ": " + Client.text(response));
        } else if (status >= 400 && !"application/problem+json".equals(type)) {
            failures.add(status + " without problem+json for " + what);
        }
    }
}
