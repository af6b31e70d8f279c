package com.musicplayer.media.tags;

import com.musicplayer.media.tags.AudioTags.Picture;
import com.musicplayer.media.tags.AudioTags.ReplayGain;
import java.util.List;
import java.util.Map;

/**
 * Tag strings as one reader (jaudiotagger or ffprobe) found them, and the facts of the audio; one
 * place turns them into {@link AudioTags}, so both readers parse alike.
 *
 * @param custom free-form fields by upper-case name: TXXX descriptions, Vorbis comment names,
 *     iTunes freeform names (REPLAYGAIN_TRACK_GAIN, R128_TRACK_GAIN, COMPILATION, ...)
 * @param syncedLyrics from an ID3 SYLT frame, else empty
 */
record RawTags(
        String title,
        String artist,
        String albumArtist,
        String album,
        String track,
        String trackTotal,
        String disc,
        String discTotal,
        String date,
        String genre,
        String compilation,
        String lyrics,
        Map<String, String> custom,
        List<LyricLine> syncedLyrics,
        Picture picture) {

    /** The audio stream: what the file plays, not what it is tagged with. */
    record Audio(long durationMs, Integer bitrate, Integer sampleRate, Integer channels, String codec) {}

    AudioTags toAudioTags(AudioFormat format, Audio audio) {
        String albumArtistText = TagValues.text(albumArtist);
        String lyricsText = firstText(lyrics, custom.get("UNSYNCEDLYRICS"), custom.get("LYRICS"), custom.get("USLT"));
        List<LyricLine> synced = syncedLyrics;
        if (lyricsText != null && Lrc.isLrc(lyricsText)) {
            // lyrics stored as LRC: the lines with their times are the synced lyrics, the words the plain ones
            if (synced.isEmpty()) {
                synced = Lrc.parse(lyricsText);
            }
            lyricsText = TagValues.text(Lrc.plainText(lyricsText));
        }
        boolean flagged = TagValues.flag(compilation)
                || TagValues.flag(custom.get("COMPILATION"))
                || TagValues.flag(custom.get("TCMP"));
        return new AudioTags(
                TagValues.text(title),
                TagValues.text(artist),
                albumArtistText,
                TagValues.text(album),
                TagValues.number(track),
                firstNonNull(TagValues.number(trackTotal), TagValues.total(track)),
                TagValues.number(disc),
                firstNonNull(TagValues.number(discTotal), TagValues.total(disc)),
                TagValues.year(date),
                TagValues.genre(genre),
                flagged || TagValues.isVariousArtists(albumArtistText),
                audio.durationMs(),
                audio.bitrate(),
                audio.sampleRate(),
                audio.channels(),
                format.container,
                audio.codec(),
                format.contentType,
                replayGain(),
                lyricsText,
                synced,
                picture);
    }

    private ReplayGain replayGain() {
        Double trackGain = TagValues.decimal(custom.get("REPLAYGAIN_TRACK_GAIN"));
        Double albumGain = TagValues.decimal(custom.get("REPLAYGAIN_ALBUM_GAIN"));
        return new ReplayGain(
                trackGain != null ? trackGain : TagValues.r128ToReplayGain(custom.get("R128_TRACK_GAIN")),
                TagValues.decimal(custom.get("REPLAYGAIN_TRACK_PEAK")),
                albumGain != null ? albumGain : TagValues.r128ToReplayGain(custom.get("R128_ALBUM_GAIN")),
                TagValues.decimal(custom.get("REPLAYGAIN_ALBUM_PEAK")));
    }

    private static String firstText(String... values) {
        for (String v : values) {
            String t = TagValues.text(v);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }
}
