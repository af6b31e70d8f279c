package com.musicplayer.media.tags;

import java.util.Objects;

/** One line of synced lyrics: shown from {@code startMs} (ms from the start of the track). */
public record LyricLine(long startMs, String text) {

    public LyricLine {
        Objects.requireNonNull(text, "text");
        if (startMs < 0) {
            throw new IllegalArgumentException("startMs < 0: " + startMs);
        }
    }
}
