package com.musicplayer.library.playlist;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.musicplayer.platform.validation.NullOrNotBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** What clients send to create and change playlists. Limits are the columns' and the cap's. */
@NamedInterface("api")
public final class PlaylistRequests {

    private PlaylistRequests() {}

    @NamedInterface("api")
    public record Create(
            @NotBlank @Size(max = 100) String name,
            @NullOrNotBlank @Size(max = 500) String description,
            @JsonProperty("public") Boolean isPublic) {}

    /** A partial update: every absent field stays as it is. */
    @NamedInterface("api")
    public record Update(
            @NullOrNotBlank @Size(max = 100) String name,
            @NullOrNotBlank @Size(max = 500) String description,
            @JsonProperty("public") Boolean isPublic) {}

    /** Songs to insert at {@code position} (1 = first; default: after the last), in this order. */
    @NamedInterface("api")
    public record AddSongs(
            @NotEmpty @Size(max = Playlists.MAX_ENTRIES) List<@NotNull @Min(1) Long> songIds,
            @Min(1) @Max(Playlists.MAX_ENTRIES + 1) Integer position) {}

    /** The positions to take out (as they are before the removal; repeats count once). */
    @NamedInterface("api")
    public record RemoveSongs(
            @NotEmpty @Size(max = Playlists.MAX_ENTRIES)
            List<@NotNull @Min(1) @Max(Playlists.MAX_ENTRIES) Integer> positions) {}

    /**
     * Moves the {@code count} entries starting at {@code from} so that the first of them ends up at
     * {@code to} (positions after the move; the others keep their order).
     */
    @NamedInterface("api")
    public record Move(
            @NotNull @Min(1) @Max(Playlists.MAX_ENTRIES) Integer from,
            @Min(1) @Max(Playlists.MAX_ENTRIES) Integer count,
            @NotNull @Min(1) @Max(Playlists.MAX_ENTRIES) Integer to) {

        public int countOrOne() {
            return count == null ? 1 : count;
        }
    }
}
