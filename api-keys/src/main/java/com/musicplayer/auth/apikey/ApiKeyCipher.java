package com.musicplayer.auth.apikey;

import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.config.GeneratedSecret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
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
        return sha256(GeneratedSecret.load(dataDir.resolve(GENERATED_FILE), "API key secret"));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
