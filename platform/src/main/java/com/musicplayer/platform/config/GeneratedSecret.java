package com.musicplayer.platform.config;

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
 * A 256-bit secret kept in a file of the data directory (base64, mode 600), generated on first start
 * and reused, so that a restart keeps what it protects working; never in git, never in a response.
 *
 * <p>Instances starting at once over one empty data directory each generate one; exactly one is
 * published (an atomic, no-replace hard link) and all of them read that one.
 */
public final class GeneratedSecret {

    private static final Logger log = LoggerFactory.getLogger(GeneratedSecret.class);
    private static final int BYTES = 32;

    private GeneratedSecret() {}

    /** The secret in {@code file}, generated first when the file does not exist; {@code what} names it in logs and errors. */
    public static byte[] load(Path file, String what) {
        try {
            if (!Files.exists(file)) {
                publish(file, what);
            }
            byte[] secret = Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (secret.length < BYTES) {
                throw new IllegalStateException(file + " holds a key shorter than 256 bits");
            }
            return secret;
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read or create the " + what + " " + file, ex);
        } catch (IllegalArgumentException ex) {
            throw new IllegalStateException(file + " is not a base64 key: " + ex.getMessage(), ex);
        }
    }

    private static void publish(Path file, String what) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] secret = new byte[BYTES];
        new SecureRandom().nextBytes(secret);
        Path temp = Files.createTempFile(file.getParent(), "secret", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.writeString(temp, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
            Files.createLink(file, temp);
            log.info("Generated a new {} in {}", what, file);
        } catch (FileAlreadyExistsException ex) {
            log.info("Another instance created the {} first; using it", what);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
