package com.musicplayer.catalog.song;

import com.musicplayer.platform.validation.HttpUrl;
import com.musicplayer.platform.validation.NullOrNotBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;
import tools.jackson.databind.annotation.JsonDeserialize;

/** What clients send to create or change a song. Limits are the columns'; unknown fields are ignored. */
@NamedInterface("api")
public final class SongRequests {

    private SongRequests() {}

    @NamedInterface("api")
    public record Create(
            @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 100) String artist,
            @NotBlank @Size(max = 50) String genre,
            @NotNull @HttpUrl @Size(max = 255) String fileUrl,
            @PositiveOrZero Integer duration,
            @NullOrNotBlank @Size(max = 500) String description,
            @HttpUrl @Size(max = 255) String coverImageUrl,
            @JsonDeserialize(using = DateOrDateTime.class) LocalDate releaseDate,
            @PositiveOrZero @Max(9999) Integer trackNumber,
            @PositiveOrZero @Max(999) Integer discNumber,
            @PositiveOrZero @Max(9999) Integer year) {}

    /** A partial update: every absent field stays as it is. */
    @NamedInterface("api")
    public record Update(
            @NullOrNotBlank @Size(max = 100) String title,
            @NullOrNotBlank @Size(max = 100) String artist,
            @NullOrNotBlank @Size(max = 50) String genre,
            @HttpUrl @Size(max = 255) String fileUrl,
            @PositiveOrZero Integer duration,
            @NullOrNotBlank @Size(max = 500) String description,
            @HttpUrl @Size(max = 255) String coverImageUrl,
            @JsonDeserialize(using = DateOrDateTime.class) LocalDate releaseDate,
            @PositiveOrZero @Max(9999) Integer trackNumber,
            @PositiveOrZero @Max(999) Integer discNumber,
            @PositiveOrZero @Max(9999) Integer year) {}

    static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
