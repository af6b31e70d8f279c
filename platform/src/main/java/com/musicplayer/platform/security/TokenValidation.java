package com.musicplayer.platform.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The checks every service makes on an access token after its RS256 signature verified. */
public final class TokenValidation {

    /** Tolerated clock difference between auth-service and the verifying service. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private TokenValidation() {}

    /** How long a verified token is remembered at most: the JWKS cache's lifetime. */
    static final Duration VERIFIED_FOR = Duration.ofMinutes(5);

    /**
     * Makes {@code decoder} check tokens as every service must, and remember the ones it verified
     * ({@link VerifiedTokenCache}). Checked once per token: the signature, issuer, audience and the
     * required claims, and a token without {@code iat} refused outright — Spring would otherwise make
     * one up from {@code exp}, and revocation compares {@code iat}. Checked on every use: expiry and
     * not-before, and revocation (when given).
     */
    public static JwtDecoder configure(
            NimbusJwtDecoder decoder, SecurityProperties properties, TokenRevocation revocation) {
        decoder.setJwtValidator(fixedClaims(properties));
        MappedJwtClaimSetConverter defaults = MappedJwtClaimSetConverter.withDefaults(Map.of());
        decoder.setClaimSetConverter(claims -> {
            if (claims.get(JwtClaimNames.IAT) == null) {
                throw new BadJwtException("The token has no iat claim");
            }
            return defaults.convert(claims);
        });
        OAuth2TokenValidator<Jwt> everyUse = revocation == null
                ? new JwtTimestampValidator(CLOCK_SKEW)
                : new DelegatingOAuth2TokenValidator<>(
                        new JwtTimestampValidator(CLOCK_SKEW), new RevocationValidator(revocation));
        return new VerifiedTokenCache(decoder, everyUse, properties.verifiedTokens(), VERIFIED_FOR);
    }

    /** The claims that cannot change during a token's life: issuer, audience, required claims. */
    static OAuth2TokenValidator<Jwt> fixedClaims(SecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, aud -> aud != null && aud.contains(properties.audience())),
                // JwtTimestampValidator lets a token without exp live forever; we don't
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<Object>(JwtClaimNames.IAT, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank()),
                new JwtClaimValidator<String>("role", role -> role != null && !role.isBlank())));
    }
}
