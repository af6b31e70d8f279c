package com.musicplayer.catalog.album;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.musicplayer.catalog.song.SongView;
import org.springframework.modulith.NamedInterface;

/** A song as every list shows it, plus its track number on this album. */
@NamedInterface("api")
public record TrackView(int position, @JsonUnwrapped SongView song) {}
