package com.musicplayer.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How services verify access tokens.
 *
 * @param issuer the {@code iss} every token must carry
 * @param audience a value its {@code aud} must contain
 * @param jwksUrl where auth-service publishes its public keys ({@code AUTH_JWKS_URL})
 * @param jwksConnectTimeout how long to wait for auth-service to accept the JWKS request
 * @param jwksReadTimeout how long to wait for the JWKS itself
 * @param verifiedTokens how many verified tokens a service remembers ({@link VerifiedTokenCache});
 *     0 verifies every token's signature on every request
 * @param revocationCache how long a token's revocation state is reused ({@link TokenRevocation}); 0
 *     looks it up on every request
 */
@Validated
@ConfigurationProperties("musicplayer.security")
public record SecurityProperties(
        @NotBlank String issuer,
        @NotBlank String audience,
        @NotNull URI jwksUrl,

        @DefaultValue("2s") @NotNull @DurationMin(millis = 1)
        Duration jwksConnectTimeout,

        @DefaultValue("3s") @NotNull @DurationMin(millis = 1)
        Duration jwksReadTimeout,

        @DefaultValue("10000") @PositiveOrZero int verifiedTokens,

        @DefaultValue("2s") @NotNull @DurationMin(millis = 0)
        Duration revocationCache) {}
