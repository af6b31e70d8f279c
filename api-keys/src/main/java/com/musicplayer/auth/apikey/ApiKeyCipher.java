package com.musicplayer.auth.apikey;

import com.musicplayer.platform.config.DataDirectoryProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for the keys at rest, a fresh 96-bit nonce per key and the row's user id as associated
 * data (a ciphertext copied to another user's row does not decrypt). The secret is configured
 * ({@code MUSICPLAYER_API_KEYS_SECRET}, hashed to 256 bits) or generated on first start into {@code
 * <data-dir>/keys/api-keys.key} (mode 600) and reused; instances starting at once over one empty data
 * directory publish exactly one (an atomic no-replace link, as the stream URL key).
 */
@Component
class ApiKeyCipher {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyCipher.class);
    static final String GENERATED_FILE = "keys/api-keys.key";
    private static final int TAG_BITS = 128;
    private static final int NONCE_BYTES = 12;

    record Sealed(String ciphertext, String nonce) {}

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    ApiKeyCipher(ApiKeyProperties properties, DataDirectoryProperties data) {
        this.key = new SecretKeySpec(load(properties.secret(), data.dataDir()), "AES");
    }

    Sealed seal(String plain, long userId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, userId);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder base64 = Base64.getEncoder();
            return new Sealed(base64.encodeToString(sealed), base64.encodeToString(nonce));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM is not available", ex);
        }
    }

    /** The key, or null when the row was not sealed under this secret (or was altered). */
    String open(String ciphertext, String nonce, long userId) {
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, base64.decode(nonce), userId);
            return new String(cipher.doFinal(base64.decode(ciphertext)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException ex) {
            return null;
        }
    }

    private Cipher cipher(int mode, byte[] nonce, long userId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(("api-key:" + userId).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    static byte[] load(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < 32) {
                throw new IllegalStateException("musicplayer.api-keys.secret must be at least 32 characters");
            }
            return sha256(configured.getBytes(StandardCharsets.UTF_8));
        }
        Path file = dataDir.resolve(GENERATED_FILE);
        try {
            if (!Files.exists(file)) {
                publish(file);
            }
            byte[] secret = Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (secret.length < 32) {
                throw new IllegalStateException(file + " holds a key shorter than 256 bits");
            }
            return sha256(secret);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read or create the API key secret " + file, ex);
        } catch (IllegalArgumentException ex) {
            throw new IllegalStateException(file + " is not a base64 key: " + ex.getMessage(), ex);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void publish(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path temp = Files.createTempFile(file.getParent(), "api-keys", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.writeString(temp, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
            Files.createLink(file, temp);
            log.info("Generated a new API key secret in {}", file);
        } catch (FileAlreadyExistsException ex) {
            log.info("Another instance created the API key secret first; using it");
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
