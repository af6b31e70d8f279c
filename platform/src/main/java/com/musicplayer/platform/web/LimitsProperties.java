package com.musicplayer.platform.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** @param maxBodySize the largest request body a service reads ({@link RequestBodyLimit}); larger: 413 */
@Validated
@ConfigurationProperties("musicplayer.limits")
public record LimitsProperties(@DefaultValue("1MB") @NotNull DataSize maxBodySize) {

    public LimitsProperties {
        if (maxBodySize != null && maxBodySize.toBytes() <= 0) {
            throw new IllegalArgumentException("musicplayer.limits.max-body-size must be positive");
        }
    }
}
