package com.musicplayer.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dataDir;

    /**
     * Instances started at once over one data directory with no key in it: each generates a key,
     * one is published, and every instance must sign with that one — a loser keeping its own
     * unpublished key would issue tokens that no JWKS but its own knows.
     */
    @Test
    void instancesStartingAtOnceAllSignWithTheKeyOnDisk() throws Exception {
        int instances = 6;
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            for (int round = 0; round < 3; round++) {
                Path dir = Files.createDirectory(dataDir.resolve("round-" + round));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<RSAKey>> started = new ArrayList<>();
                for (int i = 0; i < instances; i++) {
                    started.add(pool.submit(() -> {
                        start.await();
                        return SigningKeys.load(null, dir);
                    }));
                }
                start.countDown();
                Set<String> kids = new java.util.HashSet<>();
                for (Future<RSAKey> key : started) {
                    kids.add(key.get().getKeyID());
                }

                String onDisk = SigningKeys.fromPrivateKey(SigningKeys.readPem(dir.resolve(SigningKeys.GENERATED_FILE)))
                        .getKeyID();
                assertThat(kids).as("round %d", round).containsExactly(onDisk);
                try (var files = Files.list(dir.resolve("keys"))) {
                    assertThat(files.map(f -> f.getFileName().toString()).collect(Collectors.toList()))
                            .as("no temporary key file is left behind")
                            .containsExactly("auth-signing-key.pem");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGeneratedKeyIsReusedAndReadableOnlyByItsOwner() throws Exception {
        RSAKey first = SigningKeys.load(null, dataDir);
        RSAKey again = SigningKeys.load(null, dataDir);

        assertThat(again.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dataDir.resolve(SigningKeys.GENERATED_FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void aConfiguredPkcs8KeyIsUsedAndNothingIsGenerated() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        Path pem = dataDir.resolve("mine.pem");
        Files.writeString(
                pem,
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder().encodeToString(key.getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");

        RSAKey loaded = SigningKeys.load(pem, dataDir);

        assertThat(loaded.getKeyID()).isEqualTo(SigningKeys.fromPrivateKey(key).getKeyID());
        assertThat(loaded.toRSAPrivateKey()).isEqualTo(key);
        assertThat(dataDir.resolve(SigningKeys.GENERATED_FILE)).doesNotExist();
    }

    @Test
    void aPkcs1KeyIsRefusedWithHowToConvertIt() throws Exception {
        Path pem = dataDir.resolve("old.pem");
        Files.writeString(pem, "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAK\n-----END RSA PRIVATE KEY-----\n");

        assertThatThrownBy(() -> SigningKeys.load(pem, dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a PKCS#8 PEM RSA private key")
                .hasMessageContaining("openssl pkcs8 -topk8");
    }
}
