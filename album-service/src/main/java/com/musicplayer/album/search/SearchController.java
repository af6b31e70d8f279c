package com.musicplayer.album.search;

import com.musicplayer.catalog.search.CatalogSearch;
import com.musicplayer.catalog.search.SearchResult;
import com.musicplayer.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "search")
class SearchController {

    private final CatalogSearch search;

    SearchController(CatalogSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    @Operation(
            summary = "Search the whole catalog (public): artists by name, albums and songs by title",
            description = "Each list is best match first: the whole name, then names starting with the term, then"
                    + " names with a word starting with it, then names containing it.")
    SearchResult search(
            @Parameter(description = "The term, 1-100 characters, any case") @RequestParam @NotBlank @Size(max = 100)
                    String q,
            @Parameter(description = "At most this many of each kind, 1-50 (default 5)")
                    @RequestParam(defaultValue = "5")
                    @Min(1)
                    @Max(50)
                    int limit,
            Caller caller) {
        return search.search(q, limit, caller == null ? null : caller.userId());
    }
}
