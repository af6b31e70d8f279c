package com.musicplayer.song.lyrics;

import com.musicplayer.catalog.lyrics.Lyrics;
import com.musicplayer.catalog.lyrics.LyricsView;
import com.musicplayer.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "lyrics")
class LyricsController {

    /** Plain and/or synced lyrics; a kind the scan did not find is left out. */
    record LyricsResponse(String plain, List<LyricsView.Line> synced) {

        static LyricsResponse from(LyricsView view) {
            return new LyricsResponse(view.plain(), view.synced().isEmpty() ? null : view.synced());
        }
    }

    private final Lyrics lyrics;

    LyricsController(Lyrics lyrics) {
        this.lyrics = lyrics;
    }

    @GetMapping("/songs/{id}/lyrics")
    @Operation(
            summary = "A song's lyrics: plain and/or synced lines ({start_ms, text}), as the scan or upload found them",
            description = "From the file's own tags (USLT/SYLT, Vorbis LYRICS, iTunes ©lyr) or an .lrc sidecar."
                    + " 404 when the song has none (or does not exist).")
    LyricsResponse get(@PathVariable long id) {
        return lyrics.of(id).map(LyricsResponse::from).orElseThrow(() -> new NotFoundException("Lyrics of song", id));
    }
}
