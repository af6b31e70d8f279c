package com.musicplayer.library.queue;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A listener's play queue as a player saved it, to resume on another device.
 *
 * @param currentIndex the index in {@code songIds} of the song playing (0-based)
 * @param positionMs how far into that song, in milliseconds
 * @param changedBy the client that saved it, when it said
 * @param updatedAt when it was saved; null for a queue never saved
 */
@NamedInterface("api")
public record PlayQueueView(
        List<Long> songIds, int currentIndex, long positionMs, String changedBy, Instant updatedAt) {

    static final PlayQueueView EMPTY = new PlayQueueView(List.of(), 0, 0, null, null);
}
