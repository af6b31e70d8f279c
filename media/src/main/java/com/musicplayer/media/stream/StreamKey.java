package com.musicplayer.media.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret media-service signs stream URLs with: configured ({@code MUSICPLAYER_STREAM_KEY}), or
 * 256 random bits generated on first start into {@code <data-dir>/keys/stream-url.key} (mode 600)
 * and reused, so a restart keeps the URLs already handed out working. No other service has it.
 *
 * <p>Instances starting at once over one empty data directory each generate a key; exactly one is
 * published (an atomic no-replace link, as auth-service's signing key), and all of them use that one.
 */
final class StreamKey {

    private static final Logger log = LoggerFactory.getLogger(StreamKey.class);
    static final String GENERATED_FILE = "keys/stream-url.key";

    private StreamKey() {}

    static byte[] load(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        Path file = dataDir.resolve(GENERATED_FILE);
        try {
            if (!Files.exists(file)) {
                publish(file);
            }
            byte[] key = Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < 32) {
                throw new IllegalStateException(file + " holds a key shorter than 256 bits");
            }
            return key;
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read or create the stream URL key " + file, ex);
        } catch (IllegalArgumentException ex) {
            throw new IllegalStateException(file + " is not a base64 key: " + ex.getMessage(), ex);
        }
    }

    private static void publish(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(file.getParent(), "stream-url", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            // atomic and no-replace: of instances starting at once, exactly one key is published
            Files.createLink(file, temp);
            log.info("Generated a new stream URL key in {}", file);
        } catch (FileAlreadyExistsException ex) {
            log.info("Another instance created the stream URL key first; using it");
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
