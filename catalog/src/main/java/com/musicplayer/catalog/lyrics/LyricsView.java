package com.musicplayer.catalog.lyrics;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** A song's lyrics as {@code GET /songs/{id}/lyrics} shows them: plain and/or synced lines. */
@NamedInterface("api")
public record LyricsView(String plain, List<Line> synced) {

    /** One synced line: when it starts (milliseconds into the song) and its text. */
    @NamedInterface("api")
    public record Line(long startMs, String text) {}
}
