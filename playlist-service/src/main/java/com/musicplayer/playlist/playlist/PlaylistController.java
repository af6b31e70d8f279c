package com.musicplayer.playlist.playlist;

import com.musicplayer.library.playlist.IfMatch;
import com.musicplayer.library.playlist.PlaylistRequests;
import com.musicplayer.library.playlist.PlaylistView;
import com.musicplayer.library.playlist.Playlists;
import com.musicplayer.platform.security.Caller;
import com.musicplayer.platform.web.PageParams;
import com.musicplayer.platform.web.PagedResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/playlists")
@Tag(name = "playlists")
@Validated
class PlaylistController {

    private final Playlists playlists;

    PlaylistController(Playlists playlists) {
        this.playlists = playlists;
    }

    @GetMapping
    @Operation(summary = "The caller's playlists and everyone's public ones; owner=me for only the caller's")
    ResponseEntity<List<PlaylistView>> list(
            @Valid @ParameterObject PageParams page,
            @Parameter(description = "`me`, or a user id (that user's public playlists)")
                    @RequestParam(required = false)
                    @Size(max = 20)
                    String owner,
            @Parameter(description = "Search in names") @RequestParam(required = false) @Size(max = 100) String q,
            Caller caller) {
        return PagedResponse.of(playlists.list(caller, owner, q, page));
    }

    @PostMapping
    @Operation(summary = "Create a playlist (private unless `public` is true)")
    ResponseEntity<PlaylistView> create(@Valid @RequestBody PlaylistRequests.Create request, Caller caller) {
        PlaylistView playlist = playlists.create(caller, request);
        var location =
                ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(playlist.id());
        return ResponseEntity.created(location).eTag(playlist.etag()).body(playlist);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One playlist, with `song_count` and `duration`; `ETag` is its version")
    ResponseEntity<PlaylistView> get(@PathVariable long id, Caller caller) {
        return Written.of(playlists.get(id, caller));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Partial update (owner or admin); `If-Match` with a stale version → 412, nothing changed")
    ResponseEntity<PlaylistView> update(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PlaylistRequests.Update request,
            Caller caller) {
        return Written.of(playlists.update(id, caller, new IfMatch(ifMatch), request));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a playlist (owner or admin)")
    ResponseEntity<Void> delete(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Caller caller) {
        playlists.delete(id, caller, new IfMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
