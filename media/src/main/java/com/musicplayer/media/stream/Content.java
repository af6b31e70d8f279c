package com.musicplayer.media.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * Bytes {@link RangeResponses} can send: their size, validators, type, and either a local file
 * (sent with sendfile) or a source of ranged reads (S3).
 */
@NamedInterface("api")
public record Content(long size, String etag, Instant lastModified, String contentType, Path file, Ranged ranged) {

    /** Reads {@code length} bytes from {@code offset} without reading what comes before. */
    @FunctionalInterface
    public interface Ranged {
        InputStream open(long offset, long length) throws IOException;
    }

    public static Content original(AudioSource source) {
        var audio = source.audio();
        return new Content(
                audio.size(),
                "\"" + audio.sha256() + "\"",
                audio.lastModified(),
                audio.contentType(),
                source.localFile().orElse(null),
                source::open);
    }

    public static Content file(Path file, String etag, Instant lastModified, String contentType) throws IOException {
        return new Content(
                Files.size(file),
                etag,
                lastModified,
                contentType,
                file,
                (offset, length) -> AudioSource.openFile(file, offset, length));
    }
}
