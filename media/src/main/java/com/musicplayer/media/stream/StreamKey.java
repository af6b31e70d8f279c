package com.musicplayer.media.stream;

import com.musicplayer.platform.config.GeneratedSecret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The secret media-service signs stream URLs with: configured ({@code MUSICPLAYER_STREAM_KEY}), or
 * 256 random bits generated on first start into {@code <data-dir>/keys/stream-url.key} (mode 600)
 * and reused, so a restart keeps the URLs already handed out working. No other service has it.
 *
 * <p>Instances starting at once over one empty data directory each generate a key; exactly one is
 * published (an atomic no-replace link, as auth-service's signing key), and all of them use that one.
 */
final class StreamKey {

    static final String GENERATED_FILE = "keys/stream-url.key";

    private StreamKey() {}

    static byte[] load(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        return GeneratedSecret.load(dataDir.resolve(GENERATED_FILE), "stream URL key");
    }
}
