package com.musicplayer.song.play;

import com.musicplayer.catalog.song.SongView;
import com.musicplayer.library.play.NowPlaying;
import com.musicplayer.library.play.NowPlayingView;
import com.musicplayer.library.play.PlayRequest;
import com.musicplayer.library.play.PlayView;
import com.musicplayer.library.play.Plays;
import com.musicplayer.library.play.TopPeriod;
import com.musicplayer.platform.security.Caller;
import com.musicplayer.platform.web.PageParams;
import com.musicplayer.platform.web.PagedResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "plays")
class PlayController {

    private final Plays plays;
    private final NowPlaying nowPlaying;

    PlayController(Plays plays, NowPlaying nowPlaying) {
        this.plays = plays;
        this.nowPlaying = nowPlaying;
    }

    @PostMapping("/songs/{id}/plays")
    @Operation(
            summary = "Report a play (submission: true) or the song playing now (submission: false, not a play)",
            description = "played_at defaults to now; it may not be in the future (a minute of clock skew is taken"
                    + " as now) or before 2000. A song plays now until it would have ended, or for 10 minutes when its"
                    + " duration is unknown, or until the next one is reported.")
    ResponseEntity<Void> record(@PathVariable long id, @Valid @RequestBody PlayRequest request, Caller caller) {
        plays.record(caller.userId(), id, request);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me/plays")
    @Operation(summary = "The caller's plays, newest first")
    ResponseEntity<List<PlayView>> history(@Valid @ParameterObject PageParams page, Caller caller) {
        return PagedResponse.of(plays.history(caller.userId(), page));
    }

    @GetMapping("/me/now-playing")
    @Operation(summary = "The song the caller is playing now, and when it started; 204 when none")
    ResponseEntity<NowPlayingView> nowPlaying(Caller caller) {
        return nowPlaying
                .current(caller.userId())
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/songs/top")
    @Operation(
            summary = "The most played songs over a period, most played first",
            description = "play_count is the songs' plays over the period: the last 7 days (week), the last 30 days"
                    + " (month) or all time (all, the default).")
    ResponseEntity<List<SongView>> top(
            @Parameter(
                            schema =
                                    @Schema(
                                            allowableValues = {"week", "month", "all"},
                                            defaultValue = "all"))
                    @RequestParam(required = false)
                    String period,
            @Valid @ParameterObject PageParams page,
            Caller caller) {
        return PagedResponse.of(plays.top(TopPeriod.parse(period), page, caller.userId()));
    }
}
