package com.musicplayer.auth;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
@ConfigurationProperties("musicplayer.auth")
public record AuthProperties(
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("60s") Duration serviceTokenTtl,
        @DefaultValue("http://localhost:8003") URI userServiceUrl,
        @DefaultValue("500ms") Duration connectTimeout,
        @DefaultValue("1200ms") Duration readTimeout,
        Path privateKeyLocation,
        @DefaultValue("14d") Duration refreshTokenTtl,
        @DefaultValue("10") int loginFailuresPerAccount,
        @DefaultValue("100") int loginFailuresPerIp,
        @DefaultValue("15m") Duration loginFailureWindow) {}
