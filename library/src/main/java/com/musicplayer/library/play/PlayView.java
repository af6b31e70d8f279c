package com.musicplayer.library.play;

import com.musicplayer.catalog.song.SongView;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** One play in a user's history; {@code seconds} is {@code null} (omitted) when the player did not say. */
@NamedInterface("api")
public record PlayView(long id, Instant playedAt, Integer seconds, SongView song) {}
