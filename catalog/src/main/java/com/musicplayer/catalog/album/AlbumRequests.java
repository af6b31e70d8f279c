package com.musicplayer.catalog.album;

import com.musicplayer.platform.validation.HttpUrl;
import com.musicplayer.platform.validation.NullOrNotBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/** What clients send to create or change albums. Limits are the columns' (DESIGN §2); unknown fields are ignored. */
@NamedInterface("api")
public final class AlbumRequests {

    private AlbumRequests() {}

    @NamedInterface("api")
    public record Create(
            @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 100) String artist,
            @NotBlank @Size(max = 50) String genre,
            @NullOrNotBlank @Size(max = 500) String description,
            @HttpUrl @Size(max = 255) String coverImageUrl,
            @PositiveOrZero @Max(9999) Integer year) {}

    /** A partial update: every absent field stays as it is. */
    @NamedInterface("api")
    public record Update(
            @NullOrNotBlank @Size(max = 100) String title,
            @NullOrNotBlank @Size(max = 100) String artist,
            @NullOrNotBlank @Size(max = 50) String genre,
            @NullOrNotBlank @Size(max = 500) String description,
            @HttpUrl @Size(max = 255) String coverImageUrl,
            @PositiveOrZero @Max(9999) Integer year) {}

    /** Where to put a song on an album; without a position it goes to the end. */
    @NamedInterface("api")
    public record Placement(@Min(1) Integer position) {}

    static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
