package com.musicplayer.library.play;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * A play a player reports (a scrobble): {@code submission} true is a play, false says what the user
 * is playing now, which is not a play. Bind with {@code @Valid}.
 */
@NamedInterface("api")
public record PlayRequest(
        @Schema(description = "When the song was played (or, for now playing, started); default now") @PlayTime
        Instant playedAt,

        @Schema(description = "How many seconds of it were heard, when the player knows")
        @PositiveOrZero
        @Max(MAX_SECONDS)
        Integer seconds,

        @Schema(description = "true: a play; false: the song playing now (not counted as a play)") @NotNull
        Boolean submission) {

    /** A day: a longer single play is a client's bug. */
    public static final int MAX_SECONDS = 86_400;
}
