package com.musicplayer.mediaservice.artwork;

import com.musicplayer.media.artwork.Artworks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@Tag(name = "artwork")
class ArtworkController {

    private final Artworks artworks;

    ArtworkController(Artworks artworks) {
        this.artworks = artworks;
    }

    @GetMapping("/artwork/{id}")
    @Operation(
            summary = "A cover image (public), as stored or fit into size×size pixels",
            description = "Images never change: a strong ETag and a year of caching.")
    ResponseEntity<Resource> get(
            @PathVariable long id,
            @Parameter(description = "Fit into this many pixels square (16-2048); absent: the original")
                    @RequestParam(required = false)
                    @Min(Artworks.MIN_SIZE)
                    @Max(Artworks.MAX_SIZE)
                    Integer size,
            WebRequest request) {
        Artworks.Rendered image = artworks.render(id, size);
        CacheControl cache =
                CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        if (request.checkNotModified(image.etag())) {
            return ResponseEntity.status(304)
                    .eTag(image.etag())
                    .cacheControl(cache)
                    .build();
        }
        return ResponseEntity.ok()
                .eTag(image.etag())
                .cacheControl(cache)
                .contentType(MediaType.parseMediaType(image.mimeType()))
                .body(new FileSystemResource(image.file()));
    }
}
