package com.musicplayer.library.playlist;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.musicplayer.catalog.song.SongView;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** A song as every list shows it, plus where it stands in the playlist and when it was added. */
@NamedInterface("api")
public record PlaylistEntryView(
        int position, Instant addedAt, @JsonUnwrapped SongView song) {}
