package com.musicplayer.media.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LrcTest {

    @TempDir
    Path dir;

    @Test
    void linesAreTimedAndSorted() {
        String lrc = """
                [ar:Artist]
                [ti:Title]
                [al:Album]
                [by:someone]
                [length:03:20]
                [00:12.00]Second
                [00:01.50]First
                """;

        assertThat(Lrc.parse(lrc)).containsExactly(new LyricLine(1500, "First"), new LyricLine(12000, "Second"));
    }

    @Test
    void severalTimesOnOneLineRepeatIt() {
        assertThat(Lrc.parse("[00:10.00][00:30.00]Chorus\n[00:20.00]Verse"))
                .containsExactly(
                        new LyricLine(10000, "Chorus"), new LyricLine(20000, "Verse"), new LyricLine(30000, "Chorus"));
    }

    @Test
    void everyTimeFormat() {
        String lrc = "[01:02]a\n[01:02.5]b\n[01:02.50]c\n[01:02.505]d\n[01:02:50]e\n[75:00.00]f";

        assertThat(Lrc.parse(lrc))
                .containsExactly(
                        new LyricLine(62000, "a"),
                        new LyricLine(62500, "b"),
                        new LyricLine(62500, "c"),
                        new LyricLine(62500, "e"),
                        new LyricLine(62505, "d"),
                        new LyricLine(4_500_000, "f"));
    }

    @Test
    void equalTimesKeepFileOrder() {
        assertThat(Lrc.parse("[00:01.00]one\n[00:01.00]two"))
                .extracting(LyricLine::text)
                .containsExactly("one", "two");
    }

    @Test
    void positiveOffsetShowsLinesSooner() {
        assertThat(Lrc.parse("[offset:+500]\n[00:02.00]Line")).containsExactly(new LyricLine(1500, "Line"));
        assertThat(Lrc.parse("[offset:-250]\n[00:02.00]Line")).containsExactly(new LyricLine(2250, "Line"));
    }

    @Test
    void offsetNeverMovesALineBeforeTheStart() {
        assertThat(Lrc.parse("[offset:1000]\n[00:00.20]Early")).containsExactly(new LyricLine(0, "Early"));
    }

    @Test
    void wordTimesAreDroppedAndEmptyLinesKept() {
        assertThat(Lrc.parse("[00:01.00]<00:01.00>Hel<00:01.40>lo\r\n[00:03.00]\r\n"))
                .containsExactly(new LyricLine(1000, "Hello"), new LyricLine(3000, ""));
    }

    @Test
    void linesWithoutTimeAreIgnored() {
        assertThat(Lrc.parse("just words\n[not a time]x\n\n")).isEmpty();
        assertThat(Lrc.parse(null)).isEmpty();
    }

    @Test
    void lrcTextIsToldFromPlainLyrics() {
        assertThat(Lrc.isLrc("[ar:x]\n[00:01.00]a\n[00:02.00]b")).isTrue();
        assertThat(Lrc.isLrc("Verse one\nVerse two\n[Chorus]\nLa la")).isFalse();
        assertThat(Lrc.plainText("[ar:x]\n[00:01.00]a\n[00:02.00]<00:02.10>b")).isEqualTo("a\nb");
    }

    @Test
    void sidecarHasTheSameBaseName() throws Exception {
        Path audio = Files.createFile(dir.resolve("01 - Song.flac"));
        Path other = Files.createFile(dir.resolve("02 - Other.flac"));
        Path lrc = Files.writeString(dir.resolve("01 - Song.lrc"), "[00:01.00]x");

        assertThat(Lrc.sidecarOf(audio)).contains(lrc);
        assertThat(Lrc.sidecarOf(other)).isEmpty();
        assertThat(Lrc.readSidecar(other)).isEmpty();
    }

    @Test
    void sidecarEncodings() {
        byte[] utf8Bom = concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "[00:01]Grüß".getBytes(StandardCharsets.UTF_8));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "[00:01]Grüß".getBytes(StandardCharsets.UTF_16LE));

        assertThat(Lrc.parse(Lrc.decode(utf8Bom))).containsExactly(new LyricLine(1000, "Grüß"));
        assertThat(Lrc.parse(Lrc.decode(utf16))).containsExactly(new LyricLine(1000, "Grüß"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
