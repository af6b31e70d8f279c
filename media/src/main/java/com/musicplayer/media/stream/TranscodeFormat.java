package com.musicplayer.media.stream;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * What the stream can be transcoded to, in containers every current browser's {@code <audio>}
 * plays while the bytes still arrive: MP3, Opus in Ogg, and AAC as ADTS (no MP4 index to wait for).
 */
@NamedInterface("api")
public enum TranscodeFormat {
    MP3("mp3", "mp3", "audio/mpeg", "libmp3lame", "mp3", 192),
    OPUS("opus", "opus", "audio/ogg; codecs=opus", "libopus", "ogg", 128),
    AAC("aac", "aac", "audio/aac", "aac", "adts", 160);

    public static final int MIN_BITRATE = 32;
    public static final int MAX_BITRATE = 320;

    private final String name;
    private final String codec;
    private final String contentType;
    private final String encoder;
    private final String muxer;
    private final int defaultBitrate;

    TranscodeFormat(String name, String codec, String contentType, String encoder, String muxer, int defaultBitrate) {
        this.name = name;
        this.codec = codec;
        this.contentType = contentType;
        this.encoder = encoder;
        this.muxer = muxer;
        this.defaultBitrate = defaultBitrate;
    }

    /** By its query name ({@code mp3}, {@code opus}, {@code aac}), in any case. */
    public static Optional<TranscodeFormat> named(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (TranscodeFormat format : values()) {
            if (format.name.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The query name, also the file extension of a cached transcode. */
    public String id() {
        return name;
    }

    /** The codec as {@code media_files.codec} names it: a stream already in it may need no transcoding. */
    public String codec() {
        return codec;
    }

    public String contentType() {
        return contentType;
    }

    public int defaultBitrate() {
        return defaultBitrate;
    }

    List<String> ffmpegOutput(int kbps) {
        return List.of("-c:a", encoder, "-b:a", kbps + "k", "-f", muxer, "pipe:1");
    }
}
