package com.musicplayer.media.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.musicplayer.platform.test.AudioFixtures;
import com.musicplayer.platform.test.AudioFixtures.Format;
import java.awt.Color;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What an upload or a scan meets besides music: each gets its own exception, naming the file. */
class TagReaderBadInputTest {

    private final TagReader reader = new TagReader();

    @TempDir
    Path dir;

    @Test
    void pngNamedMp3IsUnsupported() throws Exception {
        Path file = Files.write(dir.resolve("x.mp3"), AudioFixtures.png(32, Color.RED));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnsupportedAudioException.class)
                .hasMessageContaining("x.mp3")
                .hasMessageContaining("PNG");
    }

    @Test
    void textFileIsUnsupported() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.flac"), "These are not the files you are looking for.\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnsupportedAudioException.class)
                .hasMessageContaining("notes.flac")
                .hasMessageContaining("text");
    }

    @Test
    void emptyFileIsUnsupported() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.mp3"));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnsupportedAudioException.class)
                .satisfies(e ->
                        assertThat(((UnsupportedAudioException) e).reason()).isEqualTo("the file is empty"))
                .satisfies(
                        e -> assertThat(((UnsupportedAudioException) e).file()).isEqualTo(file));
    }

    @Test
    void mp3WhoseFramesAreGarbageIsCorrupt() throws Exception {
        Path real = AudioFixtures.track("Song").artist("Someone").writeTo(dir.resolve("real.mp3"));
        byte[] bytes = Files.readAllBytes(real);
        int tagEnd =
                10 + ((bytes[6] & 0x7F) << 21 | (bytes[7] & 0x7F) << 14 | (bytes[8] & 0x7F) << 7 | (bytes[9] & 0x7F));
        byte[] garbage = new byte[bytes.length - tagEnd];
        new Random(42).nextBytes(garbage);
        Path file = Files.write(dir.resolve("garbage.mp3"), concat(Arrays.copyOf(bytes, tagEnd), garbage));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(CorruptAudioException.class)
                .hasMessageContaining("garbage.mp3");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void fileCutInsideItsHeadersIsCorrupt(Format format) throws Exception {
        Path real = AudioFixtures.track("Song").artist("Someone").writeTo(dir.resolve("real"), format);
        Path file = Files.write(dir.resolve("cut"), Arrays.copyOf(Files.readAllBytes(real), 64));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(CorruptAudioException.class)
                .hasMessageContaining("cut");
    }

    /** Where the container states how much audio follows, a file cut in its audio is caught too. */
    @ParameterizedTest
    @EnumSource(
            value = Format.class,
            names = {"MP3", "M4A_AAC", "M4A_ALAC", "WAV", "AIFF"})
    void fileCutInItsAudioIsCorrupt(Format format) throws Exception {
        Path real = AudioFixtures.track("Song").seconds(3).writeTo(dir.resolve("real"), format);
        byte[] bytes = Files.readAllBytes(real);
        Path file = Files.write(dir.resolve("half"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(CorruptAudioException.class)
                .hasMessageContaining("half");
    }

    @Test
    void oggStreamOfAnotherCodecIsUnsupported() throws Exception {
        // an Ogg page whose first packet is a Speex header
        byte[] packet = "Speex   1.2.1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer page = ByteBuffer.allocate(28 + packet.length);
        page.put("OggS".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 2);
        page.position(26);
        page.put((byte) 1).put((byte) packet.length).put(packet);
        Path file = Files.write(dir.resolve("speech.ogg"), page.array());

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnsupportedAudioException.class)
                .hasMessageContaining("neither Vorbis nor Opus");
    }

    @Test
    void rawAacIsUnsupported() throws Exception {
        byte[] adts = {(byte) 0xFF, (byte) 0xF1, 0x50, (byte) 0x80, 0x02, 0x1F, (byte) 0xFC, 0, 0, 0};
        Path file = Files.write(dir.resolve("song.aac"), adts);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnsupportedAudioException.class)
                .hasMessageContaining("ADTS");
    }

    @Test
    void opusWithoutFfprobeIsUnsupportedAndSaysWhatToInstall() {
        Path opus = AudioFixtures.track("Song").writeTo(dir.resolve("song.opus"));
        TagReader withoutTools = new TagReader(
                dir.resolve("no-ffprobe").toString(), dir.resolve("no-ffmpeg").toString());

        assertThatThrownBy(() -> withoutTools.read(opus))
                .isInstanceOf(UnsupportedAudioException.class)
                .hasMessageContaining("song.opus")
                .hasMessageContaining("ffprobe")
                .hasMessageContaining("Debian package ffmpeg");
    }

    @Test
    void theOtherFormatsNeedNoFfprobe() {
        Path flac = AudioFixtures.track("Song").writeTo(dir.resolve("song.flac"));
        TagReader withoutTools = new TagReader(
                dir.resolve("no-ffprobe").toString(), dir.resolve("no-ffmpeg").toString());

        assertThat(withoutTools.read(flac).title()).isEqualTo("Song");
    }

    @Test
    void missingFileIsAnIoError() {
        assertThatThrownBy(() -> reader.read(dir.resolve("gone.mp3")))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(NoSuchFileException.class);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
