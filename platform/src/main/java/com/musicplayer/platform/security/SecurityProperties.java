package com.musicplayer.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How services verify access tokens.
 *
 * @param issuer the {@code iss} every token must carry
 * @param audience a value its {@code aud} must contain
 * @param jwksUrl where auth-service publishes its public keys ({@code AUTH_JWKS_URL})
 */
@Validated
@ConfigurationProperties("musicplayer.security")
public record SecurityProperties(
        @NotBlank String issuer,
        @NotBlank String audience,
        @NotNull URI jwksUrl) {}
