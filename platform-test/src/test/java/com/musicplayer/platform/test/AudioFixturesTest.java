package com.musicplayer.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.musicplayer.platform.test.AudioFixtures.Format;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fixtures, checked by ffprobe (not by our own reader): real files with the tags asked for. */
class AudioFixturesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void writesAPlayableFileWithItsTagsAndCover(Format format) {
        Path file = AudioFixtures.track("Title")
                .artist("Artist")
                .album("Album")
                .albumArtist("Album Artist")
                .track(3, 12)
                .year(1999)
                .genre("Jazz")
                .replayGain(-6.5, 0.9, null, null)
                .lyrics("Words")
                .cover(AudioFixtures.jpeg(32, Color.ORANGE))
                .seconds(1.5)
                .writeTo(dir.resolve("Artist/Album/03 - Title"), format);

        Map<String, String> tags = AudioProbe.tags(file);
        assertThat(tags)
                .containsEntry("title", "Title")
                .containsEntry("artist", "Artist")
                .containsEntry("album", "Album");
        assertThat(tags.get("date")).isEqualTo("1999");
        if (format != Format.WAV) { // ffprobe shows a WAV's LIST/INFO tags, not those of its ID3 chunk
            assertThat(tags.get("REPLAYGAIN_TRACK_GAIN")).isEqualTo("-6.50 dB");
            assertThat(tags.containsKey("lyrics") || tags.containsKey("lyrics-eng"))
                    .isTrue();
        }
        assertThat(AudioProbe.hasCover(file)).isTrue();
        assertThat(AudioProbe.durationMs(file)).isCloseTo(1500, within(60L));
        AudioProbe.assertDecodes(file);
    }

    @Test
    void formatFollowsTheExtension() {
        Path file = AudioFixtures.untagged().writeTo(dir.resolve("a.opus"));

        assertThat(AudioProbe.audioStream(file)).containsEntry("codec_name", "opus");
    }

    @Test
    void leavesNothingButTheFile() throws Exception {
        AudioFixtures.track("Only").cover(AudioFixtures.png(16, Color.GREEN)).writeTo(dir.resolve("only.wav"));

        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("only.wav"));
        }
    }

    @Test
    void aMissingToolNamesTheDebianPackage() {
        assertThatThrownBy(() -> FixtureTool.run(List.of("ffprobe-that-is-not-installed")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("install the Debian package ffprobe-that-is-not-installed");
        assertThatThrownBy(() -> FixtureTool.run(List.of("ffmpeg", "-v", "error", "-i", "/no/such/file.flac")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ffmpeg failed");
    }
}
