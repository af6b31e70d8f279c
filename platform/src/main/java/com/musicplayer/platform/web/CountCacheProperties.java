package com.musicplayer.platform.web;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param countCache how long a list total is shared ({@link CachedCounts}); 0 counts on every request */
@Validated
@ConfigurationProperties("musicplayer.catalog")
public record CountCacheProperties(
        @DefaultValue("2s") @NotNull @DurationMin(millis = 0)
        Duration countCache) {}
