package com.musicplayer.album.artist;

import com.musicplayer.catalog.album.AlbumView;
import com.musicplayer.catalog.album.Albums;
import com.musicplayer.catalog.artist.ArtistView;
import com.musicplayer.catalog.artist.Artists;
import com.musicplayer.catalog.song.SongView;
import com.musicplayer.catalog.song.Songs;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/artists")
@Tag(name = "artists")
class ArtistController {

    private final Artists artists;
    private final Albums albums;
    private final Songs songs;

    ArtistController(Artists artists, Albums albums, Songs songs) {
        this.artists = artists;
        this.albums = albums;
        this.songs = songs;
    }

    @GetMapping
    @Operation(summary = "List artists (public) with their album and song counts; sort=name ignores a leading 'The'")
    ResponseEntity<List<ArtistView>> list(
            @Valid @ParameterObject PageParams page,
            @Parameter(description = "Case-insensitive search in the name")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    String q) {
        return PagedResponse.of(artists.list(q, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One artist with their album and song counts")
    ArtistView get(@PathVariable long id) {
        return artists.get(id);
    }

    @GetMapping("/{id}/albums")
    @Operation(summary = "The artist's albums, oldest first")
    ResponseEntity<List<AlbumView>> albums(@PathVariable long id, @Valid @ParameterObject PageParams page) {
        return PagedResponse.of(albums.byArtist(id, page));
    }

    @GetMapping("/{id}/songs")
    @Operation(summary = "The artist's songs, album by album in track order")
    ResponseEntity<List<SongView>> songs(
            @PathVariable long id, @Valid @ParameterObject PageParams page, Caller caller) {
        return PagedResponse.of(songs.byArtist(id, page, caller.userId()));
    }
}
