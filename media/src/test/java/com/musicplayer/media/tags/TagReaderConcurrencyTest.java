package com.musicplayer.media.tags;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.AudioFixtures;
import com.musicplayer.platform.test.AudioFixtures.Format;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan reads files in parallel through one shared reader. */
class TagReaderConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void oneReaderReadsManyFilesAtOnceAsItReadsThemOneByOne() throws Exception {
        List<Path> files = new ArrayList<>();
        int n = 0;
        for (Format format : Format.values()) {
            n++;
            files.add(AudioFixtures.track("Song " + n)
                    .artist("Artist " + n)
                    .track(n)
                    .cover(AudioFixtures.jpeg(32, new Color(20 * n, 40, 90)))
                    .writeTo(dir.resolve("song-" + n), format));
        }
        TagReader reader = new TagReader();
        List<AudioTags> oneByOne = files.stream().map(reader::read).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<AudioTags>> parallel = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                for (Path file : files) {
                    parallel.add(pool.submit(() -> reader.read(file)));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(oneByOne.get(i % files.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
