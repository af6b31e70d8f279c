package com.musicplayer.auth;

import static com.musicplayer.platform.test.Http.bearer;
import static com.musicplayer.platform.test.Http.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens an attacker could craft get 401 at both auth-service and user-service. */
class ForgedTokenTest {

    final RunningSystem system = RunningSystem.get();
    final RSAKey key = system.auth.getBean(RSAKey.class);

    JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("musicplayer-auth")
                .audience("musicplayer")
                .subject("1")
                .claim("role", "ADMIN")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString());
    }

    String signed(Consumer<JWTClaimsSet.Builder> change) throws Exception {
        JWTClaimsSet.Builder claims = validClaims();
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    void assertRejectedEverywhere(String token) {
        for (String url : new String[] {system.authUrl("/auth/verify"), system.userUrl("/users/me")}) {
            var response = send("GET", url, null, "Authorization", bearer(token));
            assertThat(response.status()).as(url).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).as(url).startsWith("Bearer");
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void aCorrectlySignedTokenIsAccepted() throws Exception {
        var response = send("GET", system.authUrl("/auth/verify"), null, "Authorization", bearer(signed(c -> {})));
        assertThat(response.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "NONE"})
    void algNoneIsRejected(String alg) throws Exception {
        String valid = signed(c -> {});
        String header = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8));
        String payload = valid.split("\\.")[1];
        assertRejectedEverywhere(header + "." + payload + ".");
    }

    @Test
    void tamperedPayloadIsRejected() throws Exception {
        String[] parts = signed(c -> c.claim("role", "USER")).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"USER\"", "\"ADMIN\"");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertRejectedEverywhere(forged);
    }

    @Test
    void hs256SignedWithThePublicKeyIsRejected() throws Exception {
        for (byte[] secret : new byte[][] {
            key.toRSAPublicKey().getEncoded(), key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)
        }) {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(key.getKeyID())
                            .build(),
                    validClaims().build());
            jwt.sign(new MACSigner(secret));
            assertRejectedEverywhere(jwt.serialize());
        }
    }

    @Test
    void expiredTokenIsRejected() throws Exception {
        assertRejectedEverywhere(signed(c -> c.issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(120)))));
    }

    @Test
    void tokenWithoutExpiryIsRejected() throws Exception {
        assertRejectedEverywhere(signed(c -> c.expirationTime(null)));
    }

    @Test
    void wrongIssuerOrAudienceIsRejected() throws Exception {
        assertRejectedEverywhere(signed(c -> c.issuer("someone-else")));
        assertRejectedEverywhere(signed(c -> c.audience("another-api")));
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected() throws Exception {
        RSAKey other = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048)
                .keyID(key.getKeyID())
                .generate();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                validClaims().build());
        jwt.sign(new RSASSASigner(other));
        assertRejectedEverywhere(jwt.serialize());
    }

    @Test
    void garbageIsRejected() {
        assertRejectedEverywhere("not-a-jwt");
        assertRejectedEverywhere("a.b.c");
    }
}
