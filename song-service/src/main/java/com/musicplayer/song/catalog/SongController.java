package com.musicplayer.song.catalog;

import com.musicplayer.catalog.CatalogFilter;
import com.musicplayer.catalog.song.SongRequests;
import com.musicplayer.catalog.song.SongView;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.platform.security.Caller;
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
@RequestMapping("/songs")
@Tag(name = "songs")
class SongController {

    private final Songs songs;

    SongController(Songs songs) {
        this.songs = songs;
    }

    @GetMapping
    @Operation(
            summary = "List songs (public); artist and genre match exactly, q searches title and artist",
            description = "In the default order (by id) the `next` link pages by key (`after`), which stays"
                    + " fast however deep the page; `X-Total-Count` may be up to a few seconds old, and for a search"
                    + " it counts at most 1000 matches (then `X-Total-Count-Capped: true`).")
    ResponseEntity<List<SongView>> list(
            @Valid @ParameterObject PageParams page, @Valid @ParameterObject CatalogFilter filter, Caller caller) {
        return PagedResponse.of(songs.list(filter, page, userId(caller)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One song with its like count and whether the caller likes it")
    SongView get(@PathVariable long id, Caller caller) {
        return songs.get(id, userId(caller));
    }

    @PostMapping
    @Operation(summary = "Create a song (admin); its artist is found or created by name")
    ResponseEntity<SongView> create(@Valid @RequestBody SongRequests.Create request, Caller caller) {
        SongView song = songs.create(request, userId(caller));
        var location =
                ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(song.id());
        return ResponseEntity.created(location).body(song);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Partial update (admin): absent fields stay as they are")
    SongView update(@PathVariable long id, @Valid @RequestBody SongRequests.Update request, Caller caller) {
        return songs.update(id, request, userId(caller));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a song (admin): its likes go, and it leaves every album")
    ResponseEntity<Void> delete(@PathVariable long id) {
        songs.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static Long userId(Caller caller) {
        return caller == null ? null : caller.userId();
    }
}
