package com.musicplayer.media.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transcode cache on real files: least recently used out first, within the cap. */
class TranscodeCacheTest {

    static final String A = "a".repeat(64);
    static final String B = "b".repeat(64);
    static final String C = "c".repeat(64);

    @TempDir
    Path dir;

    Path entry(TranscodeCache cache, String sha, int kb, Instant used) throws Exception {
        Path file = cache.fileFor(sha, TranscodeFormat.MP3, 128);
        Files.write(file, new byte[kb * 1024]);
        Files.setLastModifiedTime(file, FileTime.from(used));
        return file;
    }

    @Test
    void aNewTranscodeOverTheCapEvictsTheLeastRecentlyUsed() throws Exception {
        TranscodeCache cache = new TranscodeCache(dir, 250 * 1024);
        Instant now = Instant.now();
        Path a = entry(cache, A, 100, now.minusSeconds(300));
        Path b = entry(cache, B, 100, now.minusSeconds(200));
        // a is used again: now b is the least recently used
        assertThat(cache.lookup(a)).contains(a);

        Path partial = cache.newPartial();
        Files.write(partial, new byte[100 * 1024]);
        Path c = cache.fileFor(C, TranscodeFormat.MP3, 128);
        cache.commit(partial, c);

        assertThat(a).exists();
        assertThat(b).doesNotExist();
        assertThat(c).exists();
        assertThat(partial).doesNotExist();
    }

    @Test
    void aMissIsEmptyAndLeftoversOfACrashAreRemovedAtStart() throws Exception {
        Files.write(dir.resolve(".partial-123.tmp"), new byte[10]);
        Files.write(dir.resolve(".input-456.m4a"), new byte[10]);

        TranscodeCache cache = new TranscodeCache(dir, 1024);

        assertThat(cache.lookup(cache.fileFor(A, TranscodeFormat.OPUS, 96))).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aCapOfZeroCachesNothing() {
        assertThat(new TranscodeCache(dir, 0).enabled()).isFalse();
    }
}
