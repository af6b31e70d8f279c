package com.musicplayer.media.tags;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a music file says about itself: its tags (strings trimmed, blank = null) and the facts of
 * its audio stream. Made by {@link TagReader}; {@link TagFallbacks} fills gaps from the path.
 *
 * @param trackNumber position on its disc, from "3" or "3/12"
 * @param year the first four-digit year of the date tag ("1999-05-01" gives 1999)
 * @param compilation the compilation flag (ID3 TCMP, iTunes cpil, Vorbis COMPILATION=1) or an album
 *     artist of "Various Artists"
 * @param durationMs length of the audio
 * @param bitrate average bitrate of the audio in kb/s
 * @param container the file type: mp3, flac, ogg, opus, m4a, wav or aiff
 * @param codec mp3 (mp2, mp1), flac, vorbis, opus, aac, alac or pcm
 * @param contentType the MIME type to stream it with
 * @param replayGain never null; its values are null when not tagged
 * @param lyrics embedded plain lyrics (LRC-formatted lyrics without their timestamps)
 * @param syncedLyrics never null: from an ID3 SYLT frame, LRC-formatted embedded lyrics, or (with
 *     {@link TagReader#read(java.nio.file.Path, java.nio.file.Path)}) an .lrc sidecar; sorted by start
 * @param picture the embedded front cover (or the first picture if none is marked front), or null
 */
public record AudioTags(
        String title,
        String artist,
        String albumArtist,
        String album,
        Integer trackNumber,
        Integer trackTotal,
        Integer discNumber,
        Integer discTotal,
        Integer year,
        String genre,
        boolean compilation,
        long durationMs,
        Integer bitrate,
        Integer sampleRate,
        Integer channels,
        String container,
        String codec,
        String contentType,
        ReplayGain replayGain,
        String lyrics,
        List<LyricLine> syncedLyrics,
        Picture picture) {

    public AudioTags {
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(contentType, "contentType");
        replayGain = replayGain == null ? ReplayGain.NONE : replayGain;
        syncedLyrics = syncedLyrics == null ? List.of() : List.copyOf(syncedLyrics);
    }

    /**
     * ReplayGain 2.0 values: gains in dB, peaks as a fraction of full scale. From REPLAYGAIN_* Vorbis
     * comments or ID3 TXXX frames, iTunes {@code ----:com.apple.iTunes:replaygain_*} atoms, or an
     * Opus file's R128_*_GAIN (converted to the ReplayGain reference level, +5 dB).
     */
    public record ReplayGain(Double trackGain, Double trackPeak, Double albumGain, Double albumPeak) {

        public static final ReplayGain NONE = new ReplayGain(null, null, null, null);
    }

    /** An embedded picture; {@code mimeType} from its bytes (image/jpeg, image/png, ...). */
    public record Picture(byte[] data, String mimeType) {

        public Picture {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(mimeType, "mimeType");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Picture p && Arrays.equals(data, p.data) && mimeType.equals(p.mimeType);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(data) + mimeType.hashCode();
        }

        @Override
        public String toString() {
            return "Picture[" + mimeType + ", " + data.length + " bytes]";
        }
    }
}
