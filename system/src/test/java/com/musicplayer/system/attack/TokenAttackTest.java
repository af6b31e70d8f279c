package com.musicplayer.system.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.Http;
import com.musicplayer.system.SystemUnderTest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens an attacker can craft (RFC 8725 and the usual JWT attacks), each presented to protected
 * routes of all four services: every one must get 401 with a Bearer challenge, and no service may
 * fetch a key from a URL the token names.
 */
class TokenAttackTest {

    static final SystemUnderTest system = SystemUnderTest.get();
    static final AtomicInteger listenerHits = new AtomicInteger();
    static ServerSocket listener;
    static RSAKey real;
    static RSAKey attacker;
    static SystemUnderTest.Account victim;
    static long songId;
    static long albumId;

    @BeforeAll
    static void setUp() throws Exception {
        real = system.signingKey();
        attacker = new RSAKeyGenerator(2048).keyID(real.getKeyID()).generate();
        victim = system.newUser();
        SystemUnderTest.Account admin = system.admin();
        songId = system.newSong(admin.token());
        albumId = system.newAlbum(admin.token());
        listener = new ServerSocket(0);
        Thread accept = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket socket = listener.accept()) {
                    listenerHits.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
    }

    @AfterAll
    static void tearDown() throws IOException {
        listener.close();
    }

    JWTClaimsSet.Builder claims(long userId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("musicplayer-auth")
                .audience("musicplayer")
                .subject(String.valueOf(userId))
                .claim("role", "ADMIN")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString());
    }

    String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    String realSigned(Consumer<JWTClaimsSet.Builder> change) throws Exception {
        JWTClaimsSet.Builder builder = claims(victim.id());
        change.accept(builder);
        return sign(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(real.getKeyID()).build(),
                builder.build(),
                new RSASSASigner(real));
    }

    String attackerSigned(JWSHeader.Builder header) throws Exception {
        return sign(header.build(), claims(victim.id()).build(), new RSASSASigner(attacker));
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    Map<String, String> cases() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        String valid = realSigned(c -> {});
        String[] parts = valid.split("\\.");
        for (String none : new String[] {"none", "None", "NONE", "nOnE"}) {
            cases.put("alg " + none, b64("{\"alg\":\"" + none + "\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
        }
        cases.put("alg none keeping the signature", b64("{\"alg\":\"none\"}") + "." + parts[1] + "." + parts[2]);
        cases.put("signature stripped", parts[0] + "." + parts[1] + ".");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        cases.put(
                "signature bit flipped",
                parts[0] + "." + parts[1] + "."
                        + Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
        String other = realSigned(c -> c.subject("999999"));
        cases.put("payload of another token", parts[0] + "." + other.split("\\.")[1] + "." + parts[2]);
        String tampered = new String(
                        Base64.getUrlDecoder()
                                .decode(realSigned(c -> c.claim("role", "USER")).split("\\.")[1]),
                        StandardCharsets.UTF_8)
                .replace("\"USER\"", "\"ADMIN\"");
        cases.put("payload tampered (role USER to ADMIN)", parts[0] + "." + b64(tampered) + "." + parts[2]);
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(real.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        cases.put(
                "HS256 keyed with the public key (DER)",
                sign(
                        new JWSHeader.Builder(JWSAlgorithm.HS256)
                                .keyID(real.getKeyID())
                                .build(),
                        claims(victim.id()).build(),
                        new MACSigner(real.toRSAPublicKey().getEncoded())));
        cases.put(
                "HS256 keyed with the public key (PEM)",
                sign(
                        new JWSHeader.Builder(JWSAlgorithm.HS256).build(),
                        claims(victim.id()).build(),
                        new MACSigner(pem.getBytes(StandardCharsets.UTF_8))));
        cases.put(
                "HS512 keyed with the public JWK",
                sign(
                        new JWSHeader.Builder(JWSAlgorithm.HS512).build(),
                        claims(victim.id()).build(),
                        new MACSigner((real.toPublicJWK().toJSONString()
                                        + real.toPublicJWK().toJSONString())
                                .getBytes(StandardCharsets.UTF_8))));
        cases.put(
                "signed by another key, same kid",
                attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(real.getKeyID())));
        cases.put(
                "unknown kid",
                attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("kid-" + UUID.randomUUID())));
        cases.put(
                "kid path traversal",
                attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("../../../../../../dev/null")));
        cases.put(
                "kid SQL injection",
                attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("x' UNION SELECT 'key' --")));
        String listenerUrl = "http://127.0.0.1:" + listener.getLocalPort() + "/jwks.json";
        cases.put(
                "jku to an attacker's key set",
                attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(attacker.getKeyID())
                        .jwkURL(URI.create(listenerUrl))));
        cases.put(
                "x5u to an attacker's certificate",
                attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS256).x509CertURL(URI.create(listenerUrl))));
        cases.put(
                "embedded jwk of the attacker",
                attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS256).jwk(attacker.toPublicJWK())));
        cases.put(
                "expired",
                realSigned(c -> c.issueTime(Date.from(Instant.now().minusSeconds(3600)))
                        .expirationTime(Date.from(Instant.now().minusSeconds(300)))));
        cases.put(
                "nbf in the future",
                realSigned(c -> c.notBeforeTime(Date.from(Instant.now().plusSeconds(600)))));
        cases.put("no exp", realSigned(c -> c.expirationTime(null)));
        cases.put("no iat", realSigned(c -> c.issueTime(null)));
        cases.put("wrong iss", realSigned(c -> c.issuer("https://evil.example.com")));
        cases.put("wrong aud", realSigned(c -> c.audience("another-api")));
        cases.put("no aud", realSigned(c -> c.audience((String) null)));
        cases.put("refresh token as access token", victim.refreshToken());
        cases.put(
                "oversized token (10 KB)",
                attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(real.getKeyID())
                        .customParam("pad", "A".repeat(10_000))));
        SystemUnderTest.Account deleted = system.newUser();
        Http.Response delete =
                system.call("DELETE", "/users/" + deleted.id(), system.admin().token(), null);
        assertThat(delete.status()).isEqualTo(204);
        cases.put("token of a deleted user", deleted.token());
        SystemUnderTest.Account loggedOut = system.newUser();
        assertThat(system.call("POST", "/auth/logout", loggedOut.token(), null).status())
                .isEqualTo(204);
        cases.put("token after logout", loggedOut.token());
        cases.put("not a JWT", "not-a-jwt");
        cases.put("three dots", "a.b.c");
        return cases;
    }

    List<String[]> protectedRoutes() {
        return List.of(
                new String[] {"GET", "/auth/verify"},
                new String[] {"POST", "/auth/logout"},
                new String[] {"GET", "/users/me"},
                new String[] {"GET", "/users/" + victim.id()},
                new String[] {"GET", "/albums/" + albumId},
                new String[] {"DELETE", "/albums/" + albumId},
                new String[] {"GET", "/songs/" + songId},
                new String[] {"PUT", "/songs/" + songId + "/like"},
                new String[] {"GET", "/songs/liked"},
                new String[] {"POST", "/songs/" + songId + "/plays"},
                new String[] {"GET", "/me/plays"},
                new String[] {"GET", "/me/now-playing"},
                new String[] {"GET", "/songs/top"});
    }

    @Test
    void everyForgedTokenGets401OnEveryService() throws Exception {
        Map<String, String> cases = cases();
        Thread.sleep(2_200); // revocations (deleted user, logout) reach every service's cache within 2 s
        List<String> accepted = new ArrayList<>();
        int tried = 0;
        int serverErrors = 0;
        for (var attack : cases.entrySet()) {
            for (String[] route : protectedRoutes()) {
                Http.Response response = system.call(route[0], route[1], attack.getValue(), null);
                tried++;
                serverErrors += response.status() >= 500 ? 1 : 0;
                if (response.status() != 401
                        || response.header("WWW-Authenticate") == null
                        || !response.header("WWW-Authenticate").startsWith("Bearer")) {
                    accepted.add(attack.getKey() + " -> " + route[0] + " " + route[1] + " = " + response.status());
                }
            }
        }
        System.out.printf(
                "Token attacks: %d cases x %d routes = %d requests, %d not refused with 401,"
                        + " %d responses >= 500, %d fetches from a token-named URL%n",
                cases.size(), protectedRoutes().size(), tried, accepted.size(), serverErrors, listenerHits.get());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
        assertThat(accepted).isEmpty();
        assertThat(serverErrors).isZero();
        assertThat(listenerHits.get()).isZero();
        // and the genuine article still works, so the refusals above are not a broken service
        assertThat(system.call("GET", "/users/me", realSigned(c -> c.claim("role", "USER")), null)
                        .status())
                .isEqualTo(200);
    }
}
