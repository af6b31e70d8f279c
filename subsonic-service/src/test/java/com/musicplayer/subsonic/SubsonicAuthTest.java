package com.musicplayer.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.auth.apikey.ApiKeyView;
import com.musicplayer.auth.apikey.ApiKeys;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.subsonic.Subsonic.Reply;
import com.musicplayer.subsonic.Subsonic.Style;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Signing in with an API key, every style and every error code, over real HTTP. */
@SubsonicTest
class SubsonicAuthTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiKeys keys;

    TestRows rows;
    long userId;
    ApiKeyView key;
    // failures are remembered per account for the whole context: every test has its own account
    String ada = "ada" + java.util.UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void givenAUserWithAKey() {
        rows = new TestRows(jdbc);
        userId = rows.user(ada);
        key = keys.create(userId, "phone");
    }

    Subsonic client(Style style) {
        return new Subsonic(port, ada, key.key(), style);
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void everyStyleSignsIn(Style style) {
        Reply ping = client(style).json("ping");

        assertThat(ping.status()).isEqualTo(200);
        assertThat(ping.ok()).as(ping.text()).isTrue();
        assertThat(ping.json().get("version").asText()).isEqualTo("1.16.1");
        assertThat(ping.json().get("type").asText()).isEqualTo("musicplayer");
        assertThat(ping.json().get("openSubsonic").asBoolean()).isTrue();
        assertThat(ping.json().get("serverVersion").asText()).isNotBlank();
    }

    @Test
    void theEmailSignsInAsTheUsername() {
        Reply ping = new Subsonic(port, ada + "@example.com", key.key(), Style.TOKEN).json("ping");

        assertThat(ping.ok()).as(ping.text()).isTrue();
    }

    @Test
    void aSaltWithPlusSlashAndEqualsWorksEncodedAndRaw() {
        String salt = "a+b/c=d+";
        String token = Subsonic.md5(key.key() + salt);
        String encoded = "/rest/ping?f=json&u=" + ada + "&t=" + token + "&s=" + Subsonic.enc(salt);
        String raw = "/rest/ping?f=json&u=" + ada + "&t=" + token + "&s=a+b/c=d+";

        assertThat(client(Style.TOKEN).raw("GET", encoded, null, null).ok()).isTrue();
        assertThat(client(Style.TOKEN).raw("GET", raw, null, null).ok()).isTrue();
        assertThat(client(Style.TOKEN)
                        .raw("POST", "/rest/ping", encoded.substring(11), null)
                        .ok())
                .isTrue();
    }

    @Test
    void formPostTakesEveryParameterFromTheBody() {
        Reply ping = client(Style.TOKEN).post("ping.view", "f", "json");

        assertThat(ping.contentType()).startsWith("application/json");
        assertThat(ping.ok()).as(ping.text()).isTrue();
    }

    @Test
    void xmlIsTheDefault() {
        Reply ping = client(Style.API_KEY).xml("ping");

        assertThat(ping.contentType()).startsWith("text/xml");
        assertThat(ping.text())
                .contains("<subsonic-response xmlns=\"http://subsonic.org/restapi\"")
                .contains("status=\"ok\"")
                .contains("version=\"1.16.1\"")
                .contains("openSubsonic=\"true\"");
    }

    @Test
    void jsonpWrapsTheAnswerInTheCallback() {
        Reply ping = client(Style.API_KEY).get("ping", "f", "jsonp", "callback", "cb");

        assertThat(ping.text()).startsWith("cb({\"subsonic-response\":").endsWith(");");
    }

    @Test
    void noCredentialsIs10() {
        Reply ping = client(Style.API_KEY).raw("GET", "/rest/ping?f=json", null, null);

        assertThat(ping.status()).isEqualTo(200);
        assertThat(ping.json().get("status").asText()).isEqualTo("failed");
        assertThat(ping.errorCode()).isEqualTo(10);
    }

    @Test
    void aTokenWithoutSaltIs10() {
        assertThat(client(Style.API_KEY)
                        .raw("GET", "/rest/ping?f=json&u=" + ada + "&t=abc", null, null)
                        .errorCode())
                .isEqualTo(10);
    }

    @Test
    void aWrongKeyIs40InEveryUserStyle() {
        for (Style style : new Style[] {Style.TOKEN, Style.PASSWORD, Style.ENC_PASSWORD}) {
            Reply ping = new Subsonic(port, ada, "mpk_wrong", style).json("ping");
            assertThat(ping.errorCode()).as(style.name()).isEqualTo(40);
        }
        assertThat(new Subsonic(port, "nobody", key.key(), Style.TOKEN)
                        .json("ping")
                        .errorCode())
                .isEqualTo(40);
    }

    @Test
    void anAuthorizationHeaderInsteadOfParametersIs42() {
        Reply ping = client(Style.API_KEY).raw("GET", "/rest/ping?f=json", null, null);
        assertThat(ping.errorCode()).isEqualTo(10);

        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/rest/ping?f=json"))
                .header("Authorization", "Basic YWRhOnNlY3JldA==")
                .build();
        String body = send(request);
        assertThat(body).contains("\"code\":42");
    }

    @Test
    void conflictingMechanismsAre43() {
        String both = "/rest/ping?f=json&apiKey=" + Subsonic.enc(key.key()) + "&u=" + ada;
        String tokenAndPassword = "/rest/ping?f=json&u=" + ada + "&t=x&s=y&p=" + Subsonic.enc(key.key());

        assertThat(client(Style.API_KEY).raw("GET", both, null, null).errorCode())
                .isEqualTo(43);
        assertThat(client(Style.API_KEY)
                        .raw("GET", tokenAndPassword, null, null)
                        .errorCode())
                .isEqualTo(43);
    }

    @Test
    void anUnknownApiKeyIs44() {
        Reply ping = new Subsonic(port, ada, "mpk_nope", Style.API_KEY).json("ping");

        assertThat(ping.errorCode()).isEqualTo(44);
    }

    @Test
    void aRevokedKeyStopsAtOnce() {
        assertThat(client(Style.API_KEY).json("ping").ok()).isTrue();
        assertThat(client(Style.TOKEN).json("ping").ok()).isTrue();

        keys.revoke(userId, key.id());

        assertThat(client(Style.API_KEY).json("ping").errorCode()).isEqualTo(44);
        assertThat(client(Style.TOKEN).json("ping").errorCode()).isEqualTo(40);
    }

    @Test
    void aDeletedUsersKeysGoWithThem() {
        jdbc.update("DELETE FROM users WHERE id = ?", userId);

        assertThat(client(Style.API_KEY).json("ping").errorCode()).isEqualTo(44);
        assertThat(rows.count("SELECT COUNT(*) FROM api_keys")).isZero();
    }

    @Test
    void keysAreEncryptedAtRest() {
        String stored = jdbc.queryForObject("SELECT key_ciphertext FROM api_keys WHERE id = ?", String.class, key.id());

        assertThat(stored).doesNotContain(key.key()).doesNotContain(key.key().substring(4, 20));
        assertThat(client(Style.TOKEN).json("ping").ok()).isTrue();
    }

    @Test
    void failuresAreThrottledPerAccountThenEvenTheRightKeyWaits() {
        // the test context allows 5 failures per account (musicplayer.api-keys.failures-per-account)
        String grace = "grace" + ada;
        ApiKeyView graces = keys.create(rows.user(grace), "x");
        for (int i = 0; i < 5; i++) {
            assertThat(new Subsonic(port, grace, "mpk_wrong", Style.TOKEN)
                            .json("ping")
                            .errorCode())
                    .isEqualTo(40);
        }

        Reply right = new Subsonic(port, grace, graces.key(), Style.TOKEN).json("ping");

        assertThat(right.errorCode()).isEqualTo(40);
        assertThat(right.json().get("error").get("message").asText()).startsWith("Too many failed attempts");
        // another account is not affected
        assertThat(client(Style.TOKEN).json("ping").ok()).isTrue();
    }

    @Test
    void getOpenSubsonicExtensionsIsPublic() {
        Reply extensions = client(Style.API_KEY).raw("GET", "/rest/getOpenSubsonicExtensions?f=json", null, null);

        assertThat(extensions.ok()).as(extensions.text()).isTrue();
        assertThat(extensions.json().get("openSubsonicExtensions").findValuesAsString("name"))
                .contains("apiKeyAuthentication", "formPost", "songLyrics", "transcodeOffset");
    }

    @Test
    void aLegacyClientGetsPlainSubsonic() {
        Reply ping = client(Style.API_KEY)
                .raw("GET", "/rest/ping?f=json&c=DSub&apiKey=" + Subsonic.enc(key.key()), null, null);

        assertThat(ping.ok()).isTrue();
        assertThat(ping.json().has("openSubsonic")).isFalse();
        assertThat(ping.json().has("type")).isFalse();
    }

    @Test
    void anUnknownMethodFails() {
        Reply reply = client(Style.API_KEY).json("getNoSuchThing");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.errorCode()).isEqualTo(70);
    }

    private static String send(java.net.http.HttpRequest request) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
