package com.musicplayer.platform.test;

import com.musicplayer.platform.security.SecurityProperties;
import com.musicplayer.platform.security.TokenRevocation;
import com.musicplayer.platform.security.TokenValidation;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Real RS256 tokens signed by a key made for this test run. Services under test verify them with
 * {@link Decoder}: the platform's own validators and revocation check, with this key in place of
 * auth-service's JWKS. A token names a user id: that user must exist, as in production.
 */
public final class TestTokens {

    public static final String ISSUER = "musicplayer-auth";
    public static final String AUDIENCE = "musicplayer";
    private static final RSAKey KEY = generate();
    private static final NimbusJwtEncoder ENCODER = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(KEY)));

    private TestTokens() {}

    public static String user(long userId) {
        return token(userId, "USER", c -> {});
    }

    public static String admin(long userId) {
        return token(userId, "ADMIN", c -> {});
    }

    public static String service() {
        return token("auth-service", "SERVICE", c -> {});
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static String token(long userId, String role, Consumer<JwtClaimsSet.Builder> customizer) {
        return token(String.valueOf(userId), role, customizer);
    }

    /** A valid token for {@code subject}; {@code customizer} may change or remove any claim. */
    public static String token(String subject, String role, Consumer<JwtClaimsSet.Builder> customizer) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE))
                .subject(subject)
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(15)))
                .id(UUID.randomUUID().toString())
                .claim("role", role);
        customizer.accept(claims);
        JwsHeader header =
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY.getKeyID()).build();
        return ENCODER.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    public static RSAPublicKey publicKey() {
        try {
            return KEY.toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static RSAKey jwk() {
        return KEY;
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID("test-" + UUID.randomUUID())
                    .build();
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Verifies tokens from {@link TestTokens} exactly as a service verifies auth-service's — with the
     * service's own revocation check, so a token is refused when its user does not exist (tests create
     * the users they mint tokens for: {@link TestRows#user}, {@link TestRows#admin}).
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Decoder {

        @Bean
        JwtDecoder testJwtDecoder(SecurityProperties properties, TokenRevocation revocation) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey())
                    .signatureAlgorithm(SignatureAlgorithm.RS256)
                    .build();
            return TokenValidation.configure(decoder, properties, revocation);
        }
    }
}
