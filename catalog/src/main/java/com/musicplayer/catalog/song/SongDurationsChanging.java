package com.musicplayer.catalog.song;

import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * Published, synchronously and inside the changing transaction, just before songs may get new
 * durations (an admin's edit, or an import of a changed file) and before the catalog locks them. A
 * module that keeps totals of songs' durations ({@code library}'s playlists) handles it with an
 * {@code @EventListener} to bring them up to date in the same transaction, locking its rows first —
 * the order its own writes take them in, as for {@link SongsDeleting}.
 *
 * @param durations each song's duration after the change, in seconds (0: unknown); a song whose
 *     duration stays the same may be among them
 */
@NamedInterface("api")
public record SongDurationsChanging(Map<Long, Integer> durations) {}
