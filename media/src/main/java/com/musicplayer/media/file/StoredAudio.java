package com.musicplayer.media.file;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * A song's audio as streaming needs it: where it is ({@code source} scan: {@code storageKey} is a
 * path on this machine; upload: a key of the blob store), its content hash (the strong ETag), size,
 * when it last changed, and what it is.
 */
@NamedInterface("api")
public record StoredAudio(
        long songId,
        String source,
        String storageKey,
        String sha256,
        long size,
        Instant lastModified,
        String container,
        String codec,
        String contentType,
        Integer bitrate,
        long durationMs,
        Double trackGain,
        Double trackPeak,
        Double albumGain,
        Double albumPeak) {

    public boolean scanned() {
        return AudioFile.SCAN.equals(source);
    }
}
