package com.musicplayer.auth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * auth-service settings ({@code musicplayer.auth.*}; env {@code MUSICPLAYER_AUTH_…}).
 *
 * @param accessTokenTtl lifetime of an access token
 * @param serviceTokenTtl lifetime of the token auth-service holds to call user-service
 * @param userServiceUrl user-service's base URL ({@code USER_SERVICE_URL})
 * @param connectTimeout how long to wait for user-service to accept a connection
 * @param readTimeout how long to wait for its answer; with connectTimeout, bounds a login at ~2 s
 * @param privateKeyLocation a PKCS#8 PEM RSA private key; unset: one is generated in the data directory
 * @param refreshTokenTtl lifetime of a refresh token (each use rotates it)
 * @param loginFailuresPerAccount failed logins one account may have per {@code loginFailureWindow}
 * @param loginFailuresPerIp failed logins one client address may have per {@code loginFailureWindow}
 */
@Validated
@ConfigurationProperties("musicplayer.auth")
public record AuthProperties(
        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1)
        Duration accessTokenTtl,

        @DefaultValue("60s") @NotNull @DurationMin(seconds = 1)
        Duration serviceTokenTtl,

        @DefaultValue("http://localhost:8003") @NotNull URI userServiceUrl,

        @DefaultValue("500ms") @NotNull @DurationMin(millis = 1)
        Duration connectTimeout,

        @DefaultValue("1200ms") @NotNull @DurationMin(millis = 1)
        Duration readTimeout,

        Path privateKeyLocation,

        @DefaultValue("14d") @NotNull @DurationMin(seconds = 1)
        Duration refreshTokenTtl,

        @DefaultValue("10") @Positive int loginFailuresPerAccount,
        @DefaultValue("100") @Positive int loginFailuresPerIp,

        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1)
        Duration loginFailureWindow) {}
