package com.musicplayer.media.tags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tag strings as taggers in the wild write them. */
class TagValuesTest {

    @Test
    void numbersAndTotals() {
        assertThat(TagValues.number("3/12")).isEqualTo(3);
        assertThat(TagValues.total("3/12")).isEqualTo(12);
        assertThat(TagValues.number("03")).isEqualTo(3);
        assertThat(TagValues.total("3")).isNull();
        assertThat(TagValues.number("0")).isNull();
        assertThat(TagValues.number("A1")).isNull();
    }

    @Test
    void yearOfADate() {
        assertThat(TagValues.year("1999")).isEqualTo(1999);
        assertThat(TagValues.year("1999-05-01")).isEqualTo(1999);
        assertThat(TagValues.year("2004-11-02T10:00:00Z")).isEqualTo(2004);
        assertThat(TagValues.year("12345")).isNull();
        assertThat(TagValues.year("")).isNull();
    }

    @Test
    void replayGainStrings() {
        assertThat(TagValues.decimal("-6.50 dB")).isEqualTo(-6.5);
        assertThat(TagValues.decimal("+1.20dB")).isEqualTo(1.2);
        assertThat(TagValues.decimal("-6,50 dB")).isEqualTo(-6.5);
        assertThat(TagValues.decimal("0.988553")).isEqualTo(0.988553);
        assertThat(TagValues.decimal("loud")).isNull();
    }

    @Test
    void opusR128GainBecomesAReplayGainGain() {
        assertThat(TagValues.r128ToReplayGain("-512")).isEqualTo(3.0); // -2 dB at -23 LUFS is +3 dB at -18
        assertThat(TagValues.r128ToReplayGain("x")).isNull();
    }

    @Test
    void genres() {
        assertThat(TagValues.genre("17")).isEqualTo("Rock");
        assertThat(TagValues.genre("(17)")).isEqualTo("Rock");
        assertThat(TagValues.genre("(17)Krautrock")).isEqualTo("Krautrock");
        assertThat(TagValues.genre("Synthwave")).isEqualTo("Synthwave");
        assertThat(TagValues.genre("999")).isEqualTo("999");
    }

    @Test
    void textIsTrimmedAndBlankIsNull() {
        assertThat(TagValues.text("  a  ")).isEqualTo("a");
        assertThat(TagValues.text("a\u0000")).isEqualTo("a");
        assertThat(TagValues.text(" \t")).isNull();
    }

    @Test
    void compilationFlags() {
        assertThat(TagValues.flag("1")).isTrue();
        assertThat(TagValues.flag("true")).isTrue();
        assertThat(TagValues.flag("0")).isFalse();
        assertThat(TagValues.isVariousArtists("various artists")).isTrue();
        assertThat(TagValues.isVariousArtists("Various Artists & Friends")).isFalse();
    }
}
