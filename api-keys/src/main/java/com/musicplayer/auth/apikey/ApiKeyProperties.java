package com.musicplayer.auth.apikey;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * API-key settings ({@code musicplayer.api-keys.*}; env {@code MUSICPLAYER_API_KEYS_…}).
 *
 * @param secret the secret keys are encrypted under (≥ 32 characters; every service that creates or
 *     checks keys needs the same one); unset: 256 random bits generated into {@code
 *     <data-dir>/keys/api-keys.key} on first start
 * @param maxPerUser how many keys one user may hold
 * @param failuresPerAccount failed sign-ins one account may have per {@code failureWindow} (as logins)
 * @param failuresPerIp failed sign-ins one client address may have per {@code failureWindow}
 * @param failureWindow the window of both limits
 */
@Validated
@ConfigurationProperties("musicplayer.api-keys")
public record ApiKeyProperties(
        String secret,
        @DefaultValue("50") @Positive int maxPerUser,
        @DefaultValue("10") @Positive int failuresPerAccount,
        @DefaultValue("100") @Positive int failuresPerIp,

        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1)
        Duration failureWindow) {}
