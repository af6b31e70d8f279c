package com.musicplayer.album.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.musicplayer.platform.catalog.SongView;

/** A song as song-service shows it, plus its track number on this album. */
record TrackResponse(int position, @JsonUnwrapped SongView song) {}
