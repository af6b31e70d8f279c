package com.musicplayer.auth;

import static com.musicplayer.platform.test.Http.bearer;
import static com.musicplayer.platform.test.Http.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.Http.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST/GET/DELETE /auth/api-keys over real HTTP: the key once, never again, revoked at once. */
class ApiKeysOverHttpTest {

    final RunningSystem system = RunningSystem.get();

    String token() {
        String email = "k" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        system.register("k_" + email.substring(1, 9), email, "correct horse");
        return system.login(email, "correct horse").json().get("auth_token").asText();
    }

    Response create(String token, String body) {
        return send("POST", system.authUrl("/auth/api-keys"), body, "Authorization", bearer(token));
    }

    @Test
    void createdKeyIsShownOnceThenListedWithoutItsSecret() {
        String token = token();

        Response created = create(token, "{\"name\":\"Phone\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode key = created.json();
        assertThat(key.get("key").asText()).startsWith("mpk_").hasSize(47);
        assertThat(key.get("key_prefix").asText())
                .isEqualTo(key.get("key").asText().substring(0, 10));
        assertThat(created.header("Location"))
                .endsWith("/auth/api-keys/" + key.get("id").asLong());
        Response list = send("GET", system.authUrl("/auth/api-keys"), null, "Authorization", bearer(token));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("name").asText()).isEqualTo("Phone");
        assertThat(list.json().get(0).has("key")).isFalse();
        assertThat(list.body()).doesNotContain(key.get("key").asText());
    }

    @Test
    void keysAreTheirOwnersOnly() {
        String alice = token();
        String bob = token();
        long id = create(alice, "{\"name\":\"A\"}").json().get("id").asLong();

        Response steal = send("DELETE", system.authUrl("/auth/api-keys/" + id), null, "Authorization", bearer(bob));

        assertThat(steal.status()).isEqualTo(404);
        assertThat(send("GET", system.authUrl("/auth/api-keys"), null, "Authorization", bearer(bob))
                        .json())
                .isEmpty();
        Response revoke = send("DELETE", system.authUrl("/auth/api-keys/" + id), null, "Authorization", bearer(alice));
        assertThat(revoke.status()).isEqualTo(204);
        assertThat(send("GET", system.authUrl("/auth/api-keys"), null, "Authorization", bearer(alice))
                        .json())
                .isEmpty();
    }

    @Test
    void apiKeysNeedATokenAndAName() {
        assertThat(send("GET", system.authUrl("/auth/api-keys"), null).status()).isEqualTo(401);
        assertThat(send("POST", system.authUrl("/auth/api-keys"), "{\"name\":\"x\"}")
                        .status())
                .isEqualTo(401);
        assertThat(create(token(), "{\"name\":\"\"}").status()).isEqualTo(422);
        assertThat(create(token(), "{\"name\":\"" + "n".repeat(101) + "\"}").status())
                .isEqualTo(422);
    }
}
