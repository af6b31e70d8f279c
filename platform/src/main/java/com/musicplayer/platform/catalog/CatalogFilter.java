package com.musicplayer.platform.catalog;

import com.musicplayer.platform.web.SearchTerms;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Size;

/**
 * The filters both catalog lists take (bind with {@code @Valid @ParameterObject}); each method
 * gives the query parameter for {@code lower(column)}, or null for no filter.
 */
public record CatalogFilter(
        @Parameter(description = "Exact artist, in any case") @Size(max = 100)
        String artist,

        @Parameter(description = "Exact genre, in any case") @Size(max = 50)
        String genre,

        @Parameter(description = "Case-insensitive search in title and artist") @Size(max = 100)
        String q) {

    public String artistTerm() {
        return SearchTerms.exact(artist);
    }

    public String genreTerm() {
        return SearchTerms.exact(genre);
    }

    public String searchPattern() {
        return SearchTerms.contains(q);
    }
}
