package com.musicplayer.auth.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key auth-service signs with. It comes from a configured PEM file or, on first start, is
 * generated into the data directory and reused on every later start, so a restart does not
 * invalidate the tokens already issued. The key id is the key's RFC 7638 thumbprint.
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
            if (Files.exists(generated)) {
                return fromPrivateKey(readPem(generated));
            }
            RSAPrivateCrtKey key = generate();
            writePem(generated, key);
            log.info("Generated a new token signing key in {}", generated.toAbsolutePath());
            return fromPrivateKey(key);
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

    static RSAPrivateCrtKey readPem(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        if (!pem.contains("BEGIN PRIVATE KEY")) {
            throw new GeneralSecurityException(file + " is not a PKCS#8 PEM private key "
                    + "(convert with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem)");
        }
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static void writePem(Path file, RSAPrivateCrtKey key) throws IOException {
        Files.createDirectories(file.getParent());
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        String pem = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
        Path temp = Files.createTempFile(file.getParent(), "key", ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        Files.writeString(temp, pem, StandardCharsets.US_ASCII);
        try {
            // atomic and no-replace: two instances starting at once end up with the same key
            Files.createLink(file, temp);
        } catch (java.nio.file.FileAlreadyExistsException ex) {
            log.info("Another instance created the signing key first; using it");
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
