package com.musicplayer.platform.web;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Request body limits ({@link RequestBodyLimit}); a larger body is refused with 413.
 *
 * @param maxBodySize the largest body of an ordinary request (JSON): 1 MB
 * @param uploadPaths the paths that take audio files (path patterns): they get {@code maxUploadSize}
 * @param maxUploadSize the largest upload ({@code MUSICPLAYER_MAX_UPLOAD_SIZE}, default 1 GB)
 */
@Validated
@ConfigurationProperties("musicplayer.limits")
public record LimitsProperties(
        @DefaultValue("1MB") @NotNull DataSize maxBodySize,
        @DefaultValue({"/uploads", "/uploads/**"}) List<String> uploadPaths,
        @DefaultValue("1GB") @NotNull DataSize maxUploadSize) {

    public LimitsProperties {
        if (maxBodySize != null && maxBodySize.toBytes() <= 0) {
            throw new IllegalArgumentException("musicplayer.limits.max-body-size must be positive");
        }
        if (maxUploadSize != null && maxUploadSize.toBytes() <= 0) {
            throw new IllegalArgumentException("musicplayer.limits.max-upload-size must be positive");
        }
    }
}
