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
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The checks every service makes on an access token after its RS256 signature verified. */
public final class TokenValidation {

    /** Tolerated clock difference between auth-service and the verifying service. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private TokenValidation() {}

    /**
     * Makes {@code decoder} check tokens as every service must: the claim checks below, revocation
     * (when given), and a token without {@code iat} refused outright — Spring would otherwise make one
     * up from {@code exp}, and revocation compares {@code iat}.
     */
    public static NimbusJwtDecoder configure(
            NimbusJwtDecoder decoder, SecurityProperties properties, TokenRevocation revocation) {
        decoder.setJwtValidator(revocation == null ? validator(properties) : validator(properties, revocation));
        MappedJwtClaimSetConverter defaults = MappedJwtClaimSetConverter.withDefaults(Map.of());
        decoder.setClaimSetConverter(claims -> {
            if (claims.get(JwtClaimNames.IAT) == null) {
                throw new BadJwtException("The token has no iat claim");
            }
            return defaults.convert(claims);
        });
        return decoder;
    }

    /** The full check of a running service: {@link #validator(SecurityProperties)} plus revocation. */
    public static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties, TokenRevocation revocation) {
        return new DelegatingOAuth2TokenValidator<>(validator(properties), new RevocationValidator(revocation));
    }

    /** Signature-independent claim checks: time, issuer, audience, required claims. */
    public static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(CLOCK_SKEW),
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
