package com.musicplayer.song.catalog;

import com.musicplayer.platform.validation.HttpUrl;
import com.musicplayer.platform.validation.NullOrNotBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import tools.jackson.databind.annotation.JsonDeserialize;

/** What clients send to song-service. Limits are the columns' (DESIGN §2); unknown fields are ignored. */
final class SongRequests {

    private SongRequests() {}

    record Create(
            @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 100) String artist,
            @NotBlank @Size(max = 50) String genre,
            @NotNull @HttpUrl @Size(max = 255) String fileUrl,
            @PositiveOrZero Integer duration,
            @NullOrNotBlank @Size(max = 500) String description,
            @HttpUrl @Size(max = 255) String coverImageUrl,
            @JsonDeserialize(using = DateOrDateTime.class) LocalDate releaseDate) {}

    /** A partial update: every absent field stays as it is. */
    record Update(
            @NullOrNotBlank @Size(max = 100) String title,
            @NullOrNotBlank @Size(max = 100) String artist,
            @NullOrNotBlank @Size(max = 50) String genre,
            @HttpUrl @Size(max = 255) String fileUrl,
            @PositiveOrZero Integer duration,
            @NullOrNotBlank @Size(max = 500) String description,
            @HttpUrl @Size(max = 255) String coverImageUrl,
            @JsonDeserialize(using = DateOrDateTime.class) LocalDate releaseDate) {}

    static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
