package com.musicplayer.media;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The short environment variables the README documents ({@code MUSICPLAYER_STORAGE},
 * {@code MUSICPLAYER_S3_ENDPOINT}, {@code MUSICPLAYER_STREAM_KEY} …) as {@code musicplayer.media.*}
 * settings. Only variables that are set are mapped, at the lowest precedence, so the full names
 * ({@code MUSICPLAYER_MEDIA_STORAGE}, {@code --musicplayer.media.storage=…}) still win.
 */
class MediaEnvironment implements EnvironmentPostProcessor {

    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("MUSICPLAYER_MUSIC_DIRS", "musicplayer.media.music-dirs"),
            Map.entry("MUSICPLAYER_MEDIA_SCAN_ON_START", "musicplayer.media.scan-on-start"),
            Map.entry("MUSICPLAYER_STORAGE", "musicplayer.media.storage"),
            Map.entry("MUSICPLAYER_S3_ENDPOINT", "musicplayer.media.s3.endpoint"),
            Map.entry("MUSICPLAYER_S3_REGION", "musicplayer.media.s3.region"),
            Map.entry("MUSICPLAYER_S3_ACCESS_KEY", "musicplayer.media.s3.access-key"),
            Map.entry("MUSICPLAYER_S3_SECRET_KEY", "musicplayer.media.s3.secret-key"),
            Map.entry("MUSICPLAYER_S3_PATH_STYLE", "musicplayer.media.s3.path-style"),
            Map.entry("MUSICPLAYER_STREAM_KEY", "musicplayer.media.stream-key"),
            Map.entry("MUSICPLAYER_STREAM_URL_TTL", "musicplayer.media.stream-url-ttl"),
            Map.entry("MUSICPLAYER_TRANSCODE_CACHE_SIZE", "musicplayer.media.transcode-cache-size"),
            Map.entry("MUSICPLAYER_TRANSCODE_CONCURRENCY", "musicplayer.media.transcode-concurrency"),
            Map.entry("MUSICPLAYER_FFMPEG", "musicplayer.media.ffmpeg"),
            Map.entry("MUSICPLAYER_FFPROBE", "musicplayer.media.ffprobe"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> mapped = new LinkedHashMap<>();
        ALIASES.forEach((variable, property) -> {
            String value = environment.getProperty(variable);
            if (value != null && !value.isBlank()) {
                mapped.put(property, value.trim());
            }
        });
        if (!mapped.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("musicplayer-media-aliases", mapped));
        }
    }
}
