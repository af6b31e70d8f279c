package com.musicplayer.library.play;

import com.musicplayer.catalog.song.SongView;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** The song a user is playing now, and when it started. */
@NamedInterface("api")
public record NowPlayingView(SongView song, Instant startedAt) {}
