package com.musicplayer.playlist.playlist;

import com.musicplayer.library.playlist.IfMatch;
import com.musicplayer.library.playlist.PlaylistEntries;
import com.musicplayer.library.playlist.PlaylistEntryView;
import com.musicplayer.library.playlist.PlaylistRequests;
import com.musicplayer.library.playlist.PlaylistView;
import com.musicplayer.platform.security.Caller;
import com.musicplayer.platform.web.PageParams;
import com.musicplayer.platform.web.PagedResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A playlist's songs. Every write answers with the playlist, its new version in {@code ETag}. */
@RestController
@RequestMapping("/playlists/{id}/songs")
@Tag(name = "playlist songs")
class PlaylistSongsController {

    private final PlaylistEntries entries;

    PlaylistSongsController(PlaylistEntries entries) {
        this.entries = entries;
    }

    @GetMapping
    @Operation(summary = "The playlist's songs in order, each with its `position` and `added_at`")
    ResponseEntity<List<PlaylistEntryView>> songs(
            @PathVariable long id, @Valid @ParameterObject PageParams page, Caller caller) {
        return PagedResponse.of(entries.songs(id, caller, page));
    }

    @PostMapping
    @Operation(
            summary = "Insert songs at `position` (default: at the end); owner only",
            description = "Unknown songs → 422, past 10,000 entries → 409; either way nothing is added.")
    ResponseEntity<PlaylistView> add(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PlaylistRequests.AddSongs request,
            Caller caller) {
        return Written.of(entries.add(id, caller, new IfMatch(ifMatch), request));
    }

    @DeleteMapping
    @Operation(summary = "Remove the entries at `positions`; the others close up to 1..n; owner only")
    ResponseEntity<PlaylistView> remove(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PlaylistRequests.RemoveSongs request,
            Caller caller) {
        return Written.of(entries.remove(id, caller, new IfMatch(ifMatch), request));
    }

    @PostMapping("/move")
    @Operation(summary = "Move `count` entries (default 1) from `from` so the first lands at `to`; owner only")
    ResponseEntity<PlaylistView> move(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PlaylistRequests.Move request,
            Caller caller) {
        return Written.of(entries.move(id, caller, new IfMatch(ifMatch), request));
    }
}
