package com.musicplayer.album.catalog;

import com.musicplayer.catalog.CatalogFilter;
import com.musicplayer.catalog.album.AlbumRequests;
import com.musicplayer.catalog.album.AlbumView;
import com.musicplayer.catalog.album.Albums;
import com.musicplayer.platform.web.PageParams;
import com.musicplayer.platform.web.PagedResponse;
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

    private final Albums albums;

    AlbumController(Albums albums) {
        this.albums = albums;
    }

    @GetMapping
    @Operation(summary = "List albums (public); artist and genre match exactly, q searches title and artist")
    ResponseEntity<List<AlbumView>> list(
            @Valid @ParameterObject PageParams page, @Valid @ParameterObject CatalogFilter filter) {
        return PagedResponse.of(albums.list(filter, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One album with its song count and length")
    AlbumView get(@PathVariable long id) {
        return albums.get(id);
    }

    @PostMapping
    @Operation(summary = "Create an album (admin); its artist is found or created by name")
    ResponseEntity<AlbumView> create(@Valid @RequestBody AlbumRequests.Create request) {
        AlbumView album = albums.create(request);
        var location =
                ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(album.id());
        return ResponseEntity.created(location).body(album);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Partial update (admin): absent fields stay as they are")
    AlbumView update(@PathVariable long id, @Valid @RequestBody AlbumRequests.Update request) {
        return albums.update(id, request);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an album (admin); its songs stay")
    ResponseEntity<Void> delete(@PathVariable long id) {
        albums.delete(id);
        return ResponseEntity.noContent().build();
    }
}
