package com.musicplayer.media.tags;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.AudioFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lyrics as files carry them: plain, LRC text in the lyrics tag, ID3 SYLT, and .lrc sidecars. */
class LyricsTest {

    private final TagReader reader = new TagReader();

    @TempDir
    Path dir;

    @Test
    void embeddedLrcTextGivesSyncedLyricsAndPlainWords() {
        Path file = AudioFixtures.track("Song")
                .lyrics("[ar:Someone]\n[00:01.00]First line\n[00:02.50]Second line\n")
                .writeTo(dir.resolve("song.flac"));

        AudioTags tags = reader.read(file);

        assertThat(tags.syncedLyrics())
                .containsExactly(new LyricLine(1000, "First line"), new LyricLine(2500, "Second line"));
        assertThat(tags.lyrics()).isEqualTo("First line\nSecond line");
    }

    @Test
    void id3SyltFrameGivesSyncedLyrics() {
        Path file = AudioFixtures.track("Song")
                .lyrics("Hello\nWörld")
                .syncedLyric(2000, "Wörld")
                .syncedLyric(500, "Hello")
                .writeTo(dir.resolve("song.mp3"));

        AudioTags tags = reader.read(file);

        assertThat(tags.syncedLyrics()).containsExactly(new LyricLine(500, "Hello"), new LyricLine(2000, "Wörld"));
        assertThat(tags.lyrics()).isEqualTo("Hello\nWörld");
    }

    @Test
    void sidecarLrcGivesSyncedLyricsWhenScanned() throws Exception {
        Path file = AudioFixtures.track("Song").writeTo(dir.resolve("Artist/Album/01 - Song.ogg"));
        Files.writeString(dir.resolve("Artist/Album/01 - Song.lrc"), "[ti:Song]\n[00:00.50]La la\n[00:01.75]Lo lo\n");

        assertThat(reader.read(file, dir).syncedLyrics())
                .containsExactly(new LyricLine(500, "La la"), new LyricLine(1750, "Lo lo"));
        assertThat(reader.read(file).syncedLyrics())
                .as("a plain read looks at the file only")
                .isEmpty();
    }

    @Test
    void sidecarWinsOverEmbeddedSyncedLyrics() throws Exception {
        Path file = AudioFixtures.track("Song").lyrics("[00:09.00]Embedded").writeTo(dir.resolve("song.m4a"));
        Files.write(dir.resolve("song.lrc"), "[00:01.00]From the sidecar".getBytes(StandardCharsets.UTF_8));

        AudioTags tags = reader.read(file, dir);

        assertThat(tags.syncedLyrics()).containsExactly(new LyricLine(1000, "From the sidecar"));
        assertThat(tags.lyrics()).isEqualTo("Embedded");
    }

    @Test
    void sidecarThatIsNoLyricsIsIgnored() throws Exception {
        Path file = AudioFixtures.track("Song").writeTo(dir.resolve("song.flac"));
        Files.createDirectory(dir.resolve("song.lrc")); // a folder where the sidecar would be: not a file, ignored
        Path other = AudioFixtures.track("Other").writeTo(dir.resolve("other.flac"));
        Files.write(dir.resolve("other.lrc"), new byte[2 << 20]); // 2 MiB: not lyrics

        assertThat(reader.read(file, dir).title()).isEqualTo("Song");
        assertThat(reader.read(file, dir).syncedLyrics()).isEmpty();
        assertThat(reader.read(other, dir).syncedLyrics()).isEmpty();
    }

    @Test
    void sidecarInWindowsEncodingIsRead() throws Exception {
        Path file = AudioFixtures.track("Song").writeTo(dir.resolve("song.wav"));
        Files.write(dir.resolve("song.LRC"), "[00:01.00]Caf\u00e9 \u2013 na\u00efve".getBytes("windows-1252"));

        assertThat(reader.read(file, dir).syncedLyrics()).containsExactly(new LyricLine(1000, "Café – naïve"));
    }
}
