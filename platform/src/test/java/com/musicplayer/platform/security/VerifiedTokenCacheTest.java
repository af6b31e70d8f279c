package com.musicplayer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** The verified-token cache against real RS256 tokens: what it may skip, and what it never does. */
class VerifiedTokenCacheTest {

    private static final RSAKey KEY = key();
    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final AtomicBoolean revoked = new AtomicBoolean();

    private final NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(publicKey())
            .signatureAlgorithm(SignatureAlgorithm.RS256)
            .build();
    private final JwtDecoder counting = token -> {
        signatureChecks.incrementAndGet();
        return nimbus.decode(token);
    };
    private final OAuth2TokenValidator<Jwt> revocation = jwt -> revoked.get()
            ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token has been revoked", null))
            : OAuth2TokenValidatorResult.success();

    private VerifiedTokenCache cache(int size) {
        nimbus.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return new VerifiedTokenCache(
                counting,
                new org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator<>(
                        new JwtTimestampValidator(Duration.ZERO), revocation),
                size,
                Duration.ofMinutes(5));
    }

    @Test
    void verifiesTheSignatureOncePerToken() {
        var decoder = cache(100);
        String token = token(Instant.now().plusSeconds(600));

        for (int i = 0; i < 5; i++) {
            assertThat(decoder.decode(token).getSubject()).isEqualTo("42");
        }
        assertThat(signatureChecks).hasValue(1);
        decoder.decode(token(Instant.now().plusSeconds(601)));
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void aRevokedTokenIsRefusedEvenWhenRemembered() {
        var decoder = cache(100);
        String token = token(Instant.now().plusSeconds(600));
        decoder.decode(token);

        revoked.set(true);
        assertThatThrownBy(() -> decoder.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("revoked");
        revoked.set(false);
        assertThat(decoder.decode(token).getSubject()).isEqualTo("42");
    }

    @Test
    void anExpiredTokenIsRefusedEvenWhenRemembered() throws InterruptedException {
        var decoder = cache(100);
        // 3 s of life, so that a slow first check on a busy machine still sees it valid
        Instant expiry = Instant.now().plusSeconds(3);
        String token = token(expiry);
        decoder.decode(token);

        Thread.sleep(
                Math.max(0, java.time.Duration.between(Instant.now(), expiry).toMillis()) + 1100);
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aForgedTokenIsNeverRemembered() {
        var decoder = cache(100);
        String token = token(Instant.now().plusSeconds(600));
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA";

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        }
        assertThat(signatureChecks).hasValue(3);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void sizeZeroChecksEveryTime() {
        var decoder = cache(0);
        String token = token(Instant.now().plusSeconds(600));
        decoder.decode(token);
        decoder.decode(token);
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void staysWithinItsSize() {
        var decoder = cache(10);
        for (int i = 0; i < 50; i++) {
            decoder.decode(token(Instant.now().plusSeconds(600 + i)));
        }
        assertThat(decoder.size()).isLessThanOrEqualTo(10);
    }

    @Test
    void theServiceConfigurationChecksFixedClaimsOnceAndTimeEveryUse() {
        var properties = new SecurityProperties(
                "issuer",
                "musicplayer",
                java.net.URI.create("http://x"),
                Duration.ofSeconds(2),
                Duration.ofSeconds(3),
                100,
                Duration.ofSeconds(2));
        NimbusJwtDecoder service = NimbusJwtDecoder.withPublicKey(publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        JwtDecoder decoder = TokenValidation.configure(service, properties, null);

        String wrongAudience =
                serviceToken("someone-else", Instant.now(), Instant.now().plusSeconds(600));
        assertThatThrownBy(() -> decoder.decode(wrongAudience)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(wrongAudience)).isInstanceOf(JwtException.class);

        String good = serviceToken("musicplayer", Instant.now(), Instant.now().plusSeconds(600));
        assertThat(decoder.decode(good).getSubject()).isEqualTo("42");
        assertThat(decoder.decode(good).getSubject()).isEqualTo("42");

        String expired = serviceToken(
                "musicplayer", Instant.now().minusSeconds(900), Instant.now().minusSeconds(120));
        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtValidationException.class);
    }

    private static String serviceToken(String audience, Instant issuedAt, Instant expiresAt) {
        return encode(JwtClaimsSet.builder()
                .issuer("issuer")
                .audience(List.of(audience))
                .subject("42")
                .claim("role", "user")
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .build());
    }

    private static String token(Instant expiresAt) {
        return encode(JwtClaimsSet.builder()
                .subject("42")
                .issuedAt(Instant.now())
                .expiresAt(expiresAt)
                .build());
    }

    private static String encode(JwtClaimsSet claims) {
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(KEY)));
        var header = org.springframework.security.oauth2.jwt.JwsHeader.with(SignatureAlgorithm.RS256)
                .build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static RSAPublicKey publicKey() {
        try {
            return KEY.toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static RSAKey key() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID("test")
                    .build();
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
