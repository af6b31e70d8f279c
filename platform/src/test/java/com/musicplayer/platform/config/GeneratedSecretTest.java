package com.musicplayer.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSecretTest {

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartWritesAPrivateKeyThatLaterStartsReuse() throws Exception {
        Path file = dataDir.resolve("keys/some.key");

        byte[] first = GeneratedSecret.load(file, "test key");
        byte[] again = GeneratedSecret.load(file, "test key");

        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.list(file.getParent())).containsExactly(file); // no temp file left
    }

    @Test
    void instancesStartingAtOnceAllUseTheOneKeyOnDisk() throws Exception {
        Path file = dataDir.resolve("keys/race.key");
        int instances = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<byte[]>> keys = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                keys.add(pool.submit(() -> {
                    start.await();
                    return GeneratedSecret.load(file, "test key");
                }));
            }
            start.countDown();
            for (Future<byte[]> key : keys) {
                key.get();
            }
            byte[] onDisk =
                    java.util.Base64.getDecoder().decode(Files.readString(file).strip());
            for (Future<byte[]> key : keys) {
                assertThat(key.get()).isEqualTo(onDisk);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aShortOrGarbledKeyFileStopsTheStartWithTheFileNamed() throws Exception {
        Path shortKey = Files.createDirectories(dataDir.resolve("keys")).resolve("short.key");
        Files.writeString(shortKey, "c2hvcnQ=\n", StandardCharsets.US_ASCII);
        Path garbled = dataDir.resolve("keys/garbled.key");
        Files.writeString(garbled, "not base64 at all!\n", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> GeneratedSecret.load(shortKey, "test key"))
                .hasMessageContaining("short.key")
                .hasMessageContaining("shorter than 256 bits");
        assertThatThrownBy(() -> GeneratedSecret.load(garbled, "test key"))
                .hasMessageContaining("garbled.key")
                .hasMessageContaining("not a base64 key");
    }
}
