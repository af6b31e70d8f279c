package com.musicplayer.catalog.search;

import com.musicplayer.catalog.album.AlbumView;
import com.musicplayer.catalog.artist.ArtistView;
import com.musicplayer.catalog.song.SongView;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** What {@code GET /search} answers: each kind best match first. */
@NamedInterface("api")
public record SearchResult(List<ArtistView> artists, List<AlbumView> albums, List<SongView> songs) {}
