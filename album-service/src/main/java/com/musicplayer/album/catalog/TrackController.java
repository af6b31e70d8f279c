package com.musicplayer.album.catalog;

import com.musicplayer.catalog.album.AlbumRequests;
import com.musicplayer.catalog.album.TrackList;
import com.musicplayer.catalog.album.TrackView;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/albums/{id}/songs")
@Tag(name = "album tracks")
class TrackController {

    private final TrackList tracks;

    TrackController(TrackList tracks) {
        this.tracks = tracks;
    }

    @GetMapping
    @Operation(summary = "The album's songs in track order, each with its position")
    ResponseEntity<List<TrackView>> list(
            @PathVariable long id, @Valid @ParameterObject PageParams page, Caller caller) {
        return PagedResponse.of(tracks.list(id, caller.userId(), page));
    }

    @PutMapping("/{song_id}")
    @Operation(summary = "Add a song at a position (default: the end) or move it there (admin)")
    ResponseEntity<Void> place(
            @PathVariable long id,
            @PathVariable("song_id") long songId,
            @Valid @RequestBody(required = false) AlbumRequests.Placement placement) {
        tracks.place(id, songId, placement == null ? null : placement.position());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{song_id}")
    @Operation(summary = "Take a song off the album; later tracks move up (admin)")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable("song_id") long songId) {
        tracks.remove(id, songId);
        return ResponseEntity.noContent().build();
    }
}
