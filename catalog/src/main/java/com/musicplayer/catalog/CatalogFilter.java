package com.musicplayer.catalog;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/** The filters of the album and song lists (bind with {@code @Valid @ParameterObject}). */
@NamedInterface("api")
public record CatalogFilter(
        @Parameter(description = "Exact artist, in any case") @Size(max = 100)
        String artist,

        @Parameter(description = "Exact genre, in any case") @Size(max = 50)
        String genre,

        @Parameter(description = "Case-insensitive search in title and artist") @Size(max = 100)
        String q) {}
