package com.musicplayer.album.catalog;

import com.musicplayer.platform.catalog.CatalogFilter;
import com.musicplayer.platform.web.OffsetPageRequest;
import com.musicplayer.platform.web.PageParams;
import com.musicplayer.platform.web.PagedResponse;
import com.musicplayer.platform.web.SortFields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/albums")
@Tag(name = "albums")
class AlbumController {

    private static final SortFields SORT =
            SortFields.of("title", "title", "artist", "artist", "created_at", "createdAt");

    private final AlbumService service;

    AlbumController(AlbumService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List albums (public); artist and genre match exactly, q searches title and artist")
    ResponseEntity<List<AlbumResponse>> list(
            @Valid @ParameterObject PageParams page, @Valid @ParameterObject CatalogFilter filter) {
        var result = service.search(
                filter.artistTerm(), filter.genreTerm(), filter.searchPattern(), OffsetPageRequest.of(page, SORT));
        return PagedResponse.of(result, album -> album);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One album with its song count")
    AlbumResponse get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @Operation(summary = "Create an album (admin)")
    ResponseEntity<AlbumResponse> create(@Valid @RequestBody AlbumRequests.Create request) {
        AlbumResponse album = service.create(request);
        var location =
                ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(album.id());
        return ResponseEntity.created(location).body(album);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Partial update (admin): absent fields stay as they are")
    AlbumResponse update(@PathVariable long id, @Valid @RequestBody AlbumRequests.Update request) {
        return service.update(id, request);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an album (admin); its songs stay")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
