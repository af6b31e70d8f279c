package com.musicplayer.mediaservice.stream;

import static com.musicplayer.mediaservice.stream.Client.header;
import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.musicplayer.media.Hashes;
import com.musicplayer.media.upload.Uploads;
import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.security.TokenRevocation;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Signed stream URLs (DESIGN §9) for players that cannot send a header: they work with no
 * Authorization header for their user and song until they expire; anything altered → 403.
 */
@StreamTest
class SignedUrlApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Uploads uploads;

    @Autowired
    DataDirectoryProperties data;

    @Autowired
    TokenRevocation revocation;

    Client client;
    TestRows rows;
    long ada;
    String adaToken;
    Library.Song song;
    Library.Song other;

    @BeforeEach
    void givenTwoSongs() {
        client = new Client(port);
        rows = new TestRows(jdbc);
        ada = rows.user("ada");
        adaToken = bearer(TestTokens.user(ada));
        song = Library.upload(uploads, ada, Library.fixture("tone-20s.flac", 20, "Long Tone", "Ada Lovelace"));
        other = Library.upload(uploads, ada, Library.fixture("tone-3s.mp3", 3, "Short", "Ada Lovelace"));
    }

    String signedUrl(long songId, String token, String query) {
        HttpResponse<byte[]> response = client.get("/songs/" + songId + "/stream-url" + query, "Authorization", token);
        assertThat(response.statusCode()).isEqualTo(200);
        return Client.json(response).get("url").asText();
    }

    @Test
    void streamUrlIsAnOriginRelativeSignedUrlThatExpiresInSixHours() {
        HttpResponse<byte[]> response = client.get("/songs/" + song.id() + "/stream-url", "Authorization", adaToken);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Client.json(response);
        assertThat(body.get("url").asText())
                .matches("/songs/" + song.id() + "/stream\\?exp=\\d+&uid=" + ada + "&sig=[A-Za-z0-9_-]{43}");
        Instant expires = Instant.parse(body.get("expires_at").asText());
        assertThat(expires.getEpochSecond())
                .isCloseTo(Instant.now().plusSeconds(6 * 3600).getEpochSecond(), within(60L));
        assertThat(body.get("url").asText()).contains("exp=" + expires.getEpochSecond());
    }

    @Test
    void theSignedUrlStreamsWithoutAnAuthorizationHeader() {
        String url = signedUrl(song.id(), adaToken, "");

        HttpResponse<byte[]> response = client.get(url);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Hashes.sha256(response.body())).isEqualTo(song.sha256());
        assertThat(client.get(url.replace("/stream?", "/download?")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aBrowserAudioElementOpensWithAnOpenRangeThenSeeks() {
        String url = signedUrl(song.id(), adaToken, "");
        long size = song.bytes().length;

        HttpResponse<byte[]> open = client.get(url, "Range", "bytes=0-", "Accept", "*/*");
        long seekTo = size * 2 / 3;
        HttpResponse<byte[]> seek = client.get(url, "Range", "bytes=" + seekTo + "-", "Accept", "*/*");

        assertThat(open.statusCode()).isEqualTo(206);
        assertThat(header(open, "Content-Range")).isEqualTo("bytes 0-" + (size - 1) + "/" + size);
        assertThat(Hashes.sha256(open.body())).isEqualTo(song.sha256());
        assertThat(seek.statusCode()).isEqualTo(206);
        assertThat(header(seek, "Content-Range")).isEqualTo("bytes " + seekTo + "-" + (size - 1) + "/" + size);
        assertThat(seek.body()).isEqualTo(song.range(seekTo, size - 1));
    }

    @Test
    void aTamperedSignatureOrExpiryOrAnotherSongIs403() {
        String url = signedUrl(song.id(), adaToken, "");
        String sig = url.substring(url.indexOf("sig=") + 4);
        String flipped = (sig.charAt(0) == 'A' ? 'B' : 'A') + sig.substring(1);
        long exp = Long.parseLong(url.replaceAll(".*exp=(\\d+).*", "$1"));

        HttpResponse<byte[]> tamperedSig = client.get(url.replace("sig=" + sig, "sig=" + flipped));
        HttpResponse<byte[]> laterExp = client.get(url.replace("exp=" + exp, "exp=" + (exp + 3600)));
        HttpResponse<byte[]> otherSong =
                client.get(url.replace("/songs/" + song.id() + "/", "/songs/" + other.id() + "/"));
        HttpResponse<byte[]> missingSig = client.get(url.replace("&sig=" + sig, ""));

        for (HttpResponse<byte[]> response : new HttpResponse[] {tamperedSig, laterExp, otherSong, missingSig}) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
            assertThat(Client.json(response).get("detail").asText()).isNotBlank();
        }
    }

    @Test
    void anExpiredUrlIs403() throws Exception {
        long exp = Instant.now().minusSeconds(1).getEpochSecond();
        String path = "/songs/" + song.id() + "/stream?exp=" + exp + "&uid=" + ada + "&sig="
                + signature(song.id(), ada, exp, "", "");

        HttpResponse<byte[]> expired = client.get(path);

        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(Client.json(expired).get("detail").asText()).contains("expired");
        // the same signing with a future expiry works: the test signs as the service does
        long future = Instant.now().plusSeconds(60).getEpochSecond();
        assertThat(client.get("/songs/" + song.id() + "/stream?exp=" + future + "&uid=" + ada + "&sig="
                                + signature(song.id(), ada, future, "", ""))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anotherUsersUrlWorksForThatUserOnly() {
        long bob = rows.user("bob");
        String bobsUrl = signedUrl(song.id(), bearer(TestTokens.user(bob)), "");

        assertThat(client.get(bobsUrl).statusCode()).isEqualTo(200);
        assertThat(client.get(bobsUrl.replace("uid=" + bob, "uid=" + ada)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aUrlOfAUserWhoIsGoneIs403() {
        long bob = rows.user("bob");
        String bobsUrl = signedUrl(song.id(), bearer(TestTokens.user(bob)), "");
        jdbc.update("DELETE FROM users WHERE id = ?", bob);
        // what the revocation cache does by itself within 2 s (musicplayer.security.revocation-cache)
        revocation.evict(bob);

        HttpResponse<byte[]> response = client.get(bobsUrl);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void formatAndBitrateAreSignedWithTheUrl() {
        String url = signedUrl(song.id(), adaToken, "?format=mp3&max_bitrate=96");

        assertThat(url).contains("format=mp3").contains("max_bitrate=96");
        HttpResponse<byte[]> transcoded = client.get(url);
        assertThat(transcoded.statusCode()).isEqualTo(200);
        assertThat(header(transcoded, "Content-Type")).isEqualTo("audio/mpeg");
        assertThat(client.get(url.replace("max_bitrate=96", "max_bitrate=320")).statusCode())
                .isEqualTo(403);
        assertThat(client.get(url.replace("format=mp3&", "")).statusCode()).isEqualTo(403);
    }

    @Test
    void streamUrlNeedsATokenAndASongWithAudio() {
        long restOnly = rows.song("Only a URL", "Nobody", "Pop");

        assertThat(client.get("/songs/" + song.id() + "/stream-url").statusCode())
                .isEqualTo(401);
        assertThat(client.get("/songs/" + restOnly + "/stream-url", "Authorization", adaToken)
                        .statusCode())
                .isEqualTo(404);
        assertThat(client.get("/songs/" + song.id() + "/stream-url?format=wav", "Authorization", adaToken)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theGeneratedKeyIsReadableOnlyByTheService() throws Exception {
        var key = data.dataDir().resolve("keys/stream-url.key");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(key).strip())).hasSize(32);
    }

    /** The documented signature: base64url(HMAC-SHA256(key, "v1\nsong\nuid\nexp\nformat\nmax_bitrate")). */
    String signature(long songId, long userId, long exp, String format, String maxBitrate) throws Exception {
        byte[] key = Base64.getDecoder()
                .decode(Files.readString(data.dataDir().resolve("keys/stream-url.key"))
                        .strip());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String signed = "v1\n" + songId + "\n" + userId + "\n" + exp + "\n" + format + "\n" + maxBitrate;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
