package com.musicplayer.auth;

import static com.musicplayer.platform.test.Http.bearer;
import static com.musicplayer.platform.test.Http.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.Http.Response;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Register at user-service, log in at auth-service, use the token at user-service: all over real HTTP. */
class LoginOverHttpTest {

    final RunningSystem system = RunningSystem.get();

    String uniqueEmail() {
        return "u" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void registerLoginThenUsersMeWithTheToken() {
        String email = uniqueEmail();
        long id = system.register("user_" + email.substring(1, 9), email, "correct horse");

        Response login = system.login(email.toUpperCase(), "correct horse");

        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(login.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(login.json().get("expires_in").asLong()).isEqualTo(900);
        assertThat(login.json().get("user_id").asLong()).isEqualTo(id);
        String token = login.json().get("auth_token").asText();

        Response me = send("GET", system.userUrl("/users/me"), null, "Authorization", bearer(token));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asLong()).isEqualTo(id);
        assertThat(me.json().get("email").asText()).isEqualTo(email);
        assertThat(me.body()).doesNotContain("password");
    }

    @Test
    void tokenIsRs256WithKidAndAllClaimsAndVerifiesAgainstJwks() throws Exception {
        String email = uniqueEmail();
        long id = system.register("claims_" + email.substring(1, 9), email, "correct horse");
        String token =
                system.login(email, "correct horse").json().get("auth_token").asText();

        JWKSet jwks = JWKSet.parse(send("GET", system.authUrl("/.well-known/jwks.json"), null)
                .raw()
                .body());
        JWSObject jws = JWSObject.parse(token);
        assertThat(jws.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jws.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jws.verify(new RSASSAVerifier(key))).isTrue();

        Map<String, Object> claims = jws.getPayload().toJSONObject();
        assertThat(claims)
                .containsEntry("sub", String.valueOf(id))
                .containsEntry("role", "USER")
                .containsEntry("iss", "musicplayer-auth")
                .containsKeys("iat", "exp", "jti", "aud");
        long exp = ((Number) claims.get("exp")).longValue();
        assertThat(exp - Instant.now().getEpochSecond()).isBetween(880L, 901L);
    }

    @Test
    void jwksPublishesOnlyPublicKeyMaterial() {
        Response jwks = send("GET", system.authUrl("/.well-known/jwks.json"), null);
        assertThat(jwks.status()).isEqualTo(200);
        var key = jwks.json().get("keys").get(0);
        assertThat(key.get("kty").asText()).isEqualTo("RSA");
        assertThat(key.get("alg").asText()).isEqualTo("RS256");
        assertThat(key.has("kid")).isTrue();
        assertThat(key.has("d")).isFalse();
        assertThat(key.has("p")).isFalse();
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSame401() {
        String email = uniqueEmail();
        system.register("wrong_" + email.substring(1, 9), email, "correct horse");

        Response wrong = system.login(email, "not the password");
        Response unknown = system.login(uniqueEmail(), "not the password");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrong.json().get("detail").asText()).isEqualTo("Invalid credentials");
        assertThat(unknown.json().get("detail").asText()).isEqualTo("Invalid credentials");
        assertThat(wrong.json().get("title").asText())
                .isEqualTo(unknown.json().get("title").asText());
    }

    @Test
    void bootstrapAdminCanLogInWithAdminRole() throws Exception {
        Response login = system.login("admin@musicplayer.local", "admin-password-1");
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        JWSObject jws = JWSObject.parse(login.json().get("auth_token").asText());
        assertThat(jws.getPayload().toJSONObject()).containsEntry("role", "ADMIN");
    }

    @Test
    void loginWithMissingFieldsThen422AndMalformedJsonThen400() {
        Response missing = send("POST", system.authUrl("/auth/login"), "{\"email\":\"\"}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("errors").toString()).contains("email").contains("password");

        Response malformed = send("POST", system.authUrl("/auth/login"), "{\"email\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asText()).isNotBlank();
    }

    @Test
    void verifyReturnsTheClaimsOfTheToken() {
        String email = uniqueEmail();
        long id = system.register("verify_" + email.substring(1, 9), email, "correct horse");
        String token =
                system.login(email, "correct horse").json().get("auth_token").asText();

        Response verify = send("GET", system.authUrl("/auth/verify"), null, "Authorization", bearer(token));
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.json().get("sub").asText()).isEqualTo(String.valueOf(id));
        assertThat(verify.json().get("role").asText()).isEqualTo("USER");

        Response anonymous = send("GET", system.authUrl("/auth/verify"), null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void credentialLookupRefusesUserTokens() {
        String email = uniqueEmail();
        system.register("lookup_" + email.substring(1, 9), email, "correct horse");
        String token =
                system.login(email, "correct horse").json().get("auth_token").asText();

        Response lookup = send("GET", system.userUrl("/users/email/" + email), null, "Authorization", bearer(token));
        assertThat(lookup.status()).isEqualTo(403);
        assertThat(lookup.body()).doesNotContain("$2a$");
    }

    @Test
    void healthAndDocsOnEveryStartedService() {
        for (String base : new String[] {system.authUrl(""), system.userUrl("")}) {
            Response health = send("GET", base + "/health", null);
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("status").asText()).isEqualTo("UP");
            assertThat(send("GET", base + "/openapi.json", null).status()).isEqualTo(200);
        }
    }
}
