package com.musicplayer.media.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.musicplayer.media.tags.AudioTags.ReplayGain;
import com.musicplayer.platform.test.AudioFixtures;
import com.musicplayer.platform.test.AudioFixtures.Format;
import com.musicplayer.platform.test.AudioProbe;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every supported format, written by real encoders with real tags, read back in full. */
class TagReaderFormatsTest {

    private static final byte[] COVER = AudioFixtures.jpeg(96, new Color(200, 60, 40));

    private final TagReader reader = new TagReader();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsEveryTagOfARealFile(Format format) {
        Path file = AudioFixtures.track("Café Blue")
                .artist("Ada Lovelace")
                .album("Analytical Engines")
                .albumArtist("The Babbages")
                .track(3, 12)
                .disc(1, 2)
                .year(1999)
                .genre("Jazz")
                .compilation()
                .replayGain(-6.5, 0.988553, -7.25, 1.0)
                .lyrics("First line\nSecond line")
                .cover(COVER)
                .seconds(2.5)
                .channels(2)
                .writeTo(dir.resolve("song"), format);

        AudioTags tags = reader.read(file);

        assertThat(tags.title()).isEqualTo("Café Blue");
        assertThat(tags.artist()).isEqualTo("Ada Lovelace");
        assertThat(tags.album()).isEqualTo("Analytical Engines");
        assertThat(tags.albumArtist()).isEqualTo("The Babbages");
        assertThat(tags.trackNumber()).isEqualTo(3);
        assertThat(tags.trackTotal()).isEqualTo(12);
        assertThat(tags.discNumber()).isEqualTo(1);
        assertThat(tags.discTotal()).isEqualTo(2);
        assertThat(tags.year()).isEqualTo(1999);
        assertThat(tags.genre()).isEqualTo("Jazz");
        assertThat(tags.compilation()).isTrue();
        assertThat(tags.replayGain()).isEqualTo(new ReplayGain(-6.5, 0.988553, -7.25, 1.0));
        assertThat(tags.lyrics()).isEqualTo("First line\nSecond line");
        assertThat(tags.syncedLyrics()).isEmpty();
        assertThat(tags.picture().mimeType()).isEqualTo("image/jpeg");
        assertThat(tags.picture().data()).isEqualTo(COVER);
        assertThat(tags.durationMs()).isCloseTo(AudioProbe.durationMs(file), within(50L));
        assertThat(tags.channels()).isEqualTo(2);
        assertThat(tags.sampleRate())
                .isEqualTo(Integer.valueOf(AudioProbe.audioStream(file).get("sample_rate")));
        Kind kind = Kind.of(format);
        assertThat(tags.container()).isEqualTo(kind.container);
        assertThat(tags.codec()).isEqualTo(kind.codec);
        assertThat(tags.contentType()).isEqualTo(kind.contentType);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void audioFactsMatchFfprobe(Format format) throws Exception {
        // long enough that what is not audio (FLAC's 8 KiB of padding, headers) hardly counts
        Path file = AudioFixtures.untagged().seconds(12).frequency(330).writeTo(dir.resolve("plain"), format);

        AudioTags tags = reader.read(file);

        Map<String, String> stream = AudioProbe.audioStream(file);
        assertThat(tags.durationMs()).isCloseTo(AudioProbe.durationMs(file), within(50L));
        assertThat(tags.sampleRate()).isEqualTo(Integer.valueOf(stream.get("sample_rate")));
        assertThat(tags.channels()).isEqualTo(1);
        // the file's bytes over its duration: an untagged file is almost all audio
        double kbps = Files.size(file) * 8.0 / tags.durationMs();
        assertThat(tags.bitrate().doubleValue()).isCloseTo(kbps, within(kbps * 0.15));
        assertThat(tags.title()).isNull();
        assertThat(tags.artist()).isNull();
        assertThat(tags.picture()).isNull();
        assertThat(tags.replayGain()).isEqualTo(ReplayGain.NONE);
    }

    @Test
    void pcmBitrateIsExact() {
        Path stereo = AudioFixtures.untagged().channels(2).writeTo(dir.resolve("a.wav"));
        Path mono = AudioFixtures.untagged().writeTo(dir.resolve("b.wav"));
        Path aiff = AudioFixtures.untagged().writeTo(dir.resolve("a.aiff"));

        assertThat(reader.read(stereo).bitrate()).isEqualTo(1411); // 44100 Hz x 16 bit x 2
        assertThat(reader.read(mono).bitrate()).isEqualTo(706); // 705.6, rounded
        assertThat(reader.read(aiff).bitrate()).isEqualTo(706);
    }

    @Test
    void formatComesFromTheContentNotTheName() {
        Path flacNamedMp3 = AudioFixtures.track("Really FLAC").writeTo(dir.resolve("song.mp3"), Format.FLAC);
        Path opusWithoutExtension = AudioFixtures.track("Upload").writeTo(dir.resolve("upload-7f3a"), Format.OPUS);

        assertThat(reader.read(flacNamedMp3).container()).isEqualTo("flac");
        assertThat(reader.read(flacNamedMp3).title()).isEqualTo("Really FLAC");
        assertThat(reader.read(opusWithoutExtension).container()).isEqualTo("opus");
        assertThat(reader.read(opusWithoutExtension).title()).isEqualTo("Upload");
    }

    @Test
    void pngCoverKeepsItsType() {
        byte[] png = AudioFixtures.png(48, Color.BLUE);
        Path file = AudioFixtures.track("Blue").cover(png).writeTo(dir.resolve("blue.flac"));

        assertThat(reader.read(file).picture().mimeType()).isEqualTo("image/png");
        assertThat(reader.read(file).picture().data()).isEqualTo(png);
    }

    @Test
    void albumArtistVariousArtistsMarksACompilation() {
        Path file = AudioFixtures.track("Hit")
                .artist("Someone")
                .albumArtist("Various Artists")
                .writeTo(dir.resolve("hit.m4a"));

        assertThat(reader.read(file).compilation()).isTrue();
    }

    @Test
    void trackWithoutCompilationFlagIsNotACompilation() {
        Path file = AudioFixtures.track("Solo")
                .artist("Someone")
                .albumArtist("Someone")
                .writeTo(dir.resolve("s.mp3"));

        assertThat(reader.read(file).compilation()).isFalse();
    }

    @Test
    void id3v1GenreNumbersBecomeNames() {
        Path file = AudioFixtures.track("Old").genre("(17)").writeTo(dir.resolve("old.mp3"));

        assertThat(reader.read(file).genre()).isEqualTo("Rock");
    }

    @Test
    void blankTagsAreNull() {
        Path file = AudioFixtures.track("  Padded Title  ").artist("   ").writeTo(dir.resolve("pad.flac"));

        AudioTags tags = reader.read(file);

        assertThat(tags.title()).isEqualTo("Padded Title");
        assertThat(tags.artist()).isNull();
    }

    private enum Kind {
        MP3("mp3", "mp3", "audio/mpeg"),
        FLAC("flac", "flac", "audio/flac"),
        OGG_VORBIS("ogg", "vorbis", "audio/ogg"),
        OPUS("opus", "opus", "audio/ogg; codecs=opus"),
        M4A_AAC("m4a", "aac", "audio/mp4"),
        M4A_ALAC("m4a", "alac", "audio/mp4"),
        WAV("wav", "pcm", "audio/wav"),
        AIFF("aiff", "pcm", "audio/aiff");

        final String container;
        final String codec;
        final String contentType;

        Kind(String container, String codec, String contentType) {
            this.container = container;
            this.codec = codec;
            this.contentType = contentType;
        }

        static Kind of(Format format) {
            return valueOf(format.name());
        }
    }
}
