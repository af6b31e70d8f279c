package com.musicplayer.auth.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.converter.RsaKeyConverters;

/**
 * The RSA key auth-service signs with. It comes from a configured PEM file or, on first start, is
 * generated into the data directory and reused on every later start, so a restart does not
 * invalidate the tokens already issued. The key id is the key's RFC 7638 thumbprint.
 *
 * <p>Several instances may start at once over one data directory with no key in it yet: each
 * generates a key, exactly one of them is published (an atomic no-replace link), and every
 * instance — the losers included — then signs with the key that is on disk, never with one that
 * no other instance knows.
 */
public final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    static final String GENERATED_FILE = "keys/auth-signing-key.pem";

    private SigningKeys() {}

    public static RSAKey load(Path configured, Path dataDir) {
        try {
            if (configured != null) {
                return fromPrivateKey(readPem(configured));
            }
            Path generated = dataDir.resolve(GENERATED_FILE);
            if (!Files.exists(generated)) {
                publish(generated, generate());
            }
            // whoever published first, this is the key every instance signs with
            return fromPrivateKey(readPem(generated));
        } catch (IOException | GeneralSecurityException | JOSEException ex) {
            throw new IllegalStateException("Cannot load the token signing key: " + ex.getMessage(), ex);
        }
    }

    static RSAKey fromPrivateKey(RSAPrivateCrtKey privateKey) throws GeneralSecurityException, JOSEException {
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        RSAKey withoutId = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        return new RSAKey.Builder(publicKey)
                .privateKey(privateKey)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .keyID(withoutId.computeThumbprint().toString())
                .build();
    }

    private static RSAPrivateCrtKey generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
    }

    /** A PKCS#8 PEM RSA private key, parsed by Spring Security's {@link RsaKeyConverters}. */
    static RSAPrivateCrtKey readPem(Path file) throws IOException, GeneralSecurityException {
        RSAPrivateKey key;
        try (InputStream in = Files.newInputStream(file)) {
            key = RsaKeyConverters.pkcs8().convert(in);
        } catch (IllegalArgumentException ex) {
            throw new GeneralSecurityException(file + " is not a PKCS#8 PEM RSA private key (" + ex.getMessage()
                    + "; convert with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem)");
        }
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new GeneralSecurityException(file + " holds an RSA key without its CRT parameters");
        }
        return crt;
    }

    /** Writes the key where {@code file} will appear atomically, unless another instance was first. */
    private static void publish(Path file, RSAPrivateCrtKey key) throws IOException {
        Files.createDirectories(file.getParent());
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        String pem = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
        Path temp = Files.createTempFile(file.getParent(), "key", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.writeString(temp, pem, StandardCharsets.US_ASCII);
            // atomic and no-replace: of instances starting at once, exactly one key is published
            Files.createLink(file, temp);
            log.info("Generated a new token signing key in {}", file.toAbsolutePath());
        } catch (FileAlreadyExistsException ex) {
            log.info("Another instance created the signing key first; using it");
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
