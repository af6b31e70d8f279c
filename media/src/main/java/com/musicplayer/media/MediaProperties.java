package com.musicplayer.media;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The music library's settings ({@code musicplayer.media.*}).
 *
 * @param musicDirs folders scanned for music, read-only ({@code MUSICPLAYER_MUSIC_DIRS}, comma-separated)
 * @param scanOnStart whether a scan starts when the service does
 * @param demo with no music folders configured: generate the demo library into the data directory
 *     ({@code demo-library}), scan it at start, and serve it ({@code make run} turns it on)
 * @param storage where uploads are kept: {@code local} (under {@code <data-dir>/media}) or
 *     {@code s3://bucket/prefix} ({@code MUSICPLAYER_STORAGE})
 * @param s3 the S3 endpoint and credentials, for an S3 storage
 * @param scanThreads how many files a scan reads at once (0: one per core)
 * @param ffprobe the ffprobe command, for what jaudiotagger cannot read (Opus)
 * @param ffmpeg the ffmpeg command
 * @param progressEvery how often a running scan logs a progress line
 * @param transcodeCacheSize how much disk finished transcodes may take under {@code
 *     <data-dir>/cache/transcodes} (least recently used go first; 0 keeps none)
 * @param transcodeConcurrency how many ffmpeg processes may run at once (0: one per core)
 * @param transcodeWait how long a transcode waits for a free ffmpeg before it is refused (503)
 * @param streamUrlTtl how long a signed stream URL works ({@code GET /songs/{id}/stream-url})
 * @param streamKey the secret signed stream URLs are signed with ({@code MUSICPLAYER_STREAM_KEY},
 *     at least 32 characters); unset: generated into {@code <data-dir>/keys/stream-url.key}
 * @param tusExpiry how long an unfinished resumable (tus) upload is kept
 */
@Validated
@ConfigurationProperties("musicplayer.media")
public record MediaProperties(
        @DefaultValue List<Path> musicDirs,
        @DefaultValue("false") boolean scanOnStart,
        @DefaultValue("false") boolean demo,
        @DefaultValue("local") @NotBlank String storage,
        @DefaultValue S3 s3,
        @DefaultValue("0") @Min(0) int scanThreads,
        @DefaultValue("ffprobe") @NotBlank String ffprobe,
        @DefaultValue("ffmpeg") @NotBlank String ffmpeg,
        @DefaultValue("5s") @NotNull Duration progressEvery,
        @DefaultValue("2GB") @NotNull DataSize transcodeCacheSize,
        @DefaultValue("0") @Min(0) int transcodeConcurrency,
        @DefaultValue("10s") @NotNull Duration transcodeWait,
        @DefaultValue("6h") @NotNull Duration streamUrlTtl,
        String streamKey,
        @DefaultValue("24h") @NotNull Duration tusExpiry) {

    public MediaProperties {
        if (transcodeCacheSize != null && transcodeCacheSize.toBytes() < 0) {
            throw new IllegalArgumentException("musicplayer.media.transcode-cache-size must not be negative");
        }
        if (streamUrlTtl != null && (streamUrlTtl.isNegative() || streamUrlTtl.isZero())) {
            throw new IllegalArgumentException("musicplayer.media.stream-url-ttl must be positive");
        }
        if (transcodeWait != null && transcodeWait.isNegative()) {
            throw new IllegalArgumentException("musicplayer.media.transcode-wait must not be negative");
        }
        if (streamKey != null && !streamKey.isBlank() && streamKey.length() < 32) {
            throw new IllegalArgumentException(
                    "musicplayer.media.stream-key (MUSICPLAYER_STREAM_KEY) must be at least 32 characters");
        }
        if (tusExpiry != null && (tusExpiry.isNegative() || tusExpiry.isZero())) {
            throw new IllegalArgumentException("musicplayer.media.tus-expiry must be positive");
        }
    }

    /**
     * @param endpoint an S3-compatible endpoint URL (blank: AWS)
     * @param region the region (any value for most S3-compatible stores)
     * @param accessKey the access key ({@code MUSICPLAYER_S3_ACCESS_KEY}; unset: the AWS default chain)
     * @param secretKey the secret key
     * @param pathStyle path-style bucket addressing (most S3-compatible stores want it)
     */
    public record S3(
            String endpoint,
            @DefaultValue("us-east-1") String region,
            String accessKey,
            String secretKey,
            @DefaultValue("true") boolean pathStyle) {}

    public int scanThreadsOrCores() {
        return scanThreads > 0 ? scanThreads : Runtime.getRuntime().availableProcessors();
    }

    public int transcodeConcurrencyOrCores() {
        return transcodeConcurrency > 0
                ? transcodeConcurrency
                : Runtime.getRuntime().availableProcessors();
    }
}
