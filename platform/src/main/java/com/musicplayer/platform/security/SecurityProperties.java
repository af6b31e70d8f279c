package com.musicplayer.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How services verify access tokens.
 *
 * @param issuer the {@code iss} every token must carry
 * @param audience a value its {@code aud} must contain
 * @param jwksUrl where auth-service publishes its public keys ({@code AUTH_JWKS_URL})
 * @param verifiedTokens how many verified tokens a service remembers ({@link VerifiedTokenCache});
 *     0 verifies every token's signature on every request
 */
@Validated
@ConfigurationProperties("musicplayer.security")
public record SecurityProperties(
        @NotBlank String issuer,
        @NotBlank String audience,
        @NotNull URI jwksUrl,
        @DefaultValue("10000") @PositiveOrZero int verifiedTokens) {}
