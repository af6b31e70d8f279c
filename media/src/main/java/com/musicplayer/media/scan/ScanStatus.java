package com.musicplayer.media.scan;

import java.time.Duration;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * A scan's progress as {@code GET /library/scans/current} shows it: {@code idle} before the first
 * scan, {@code running}, {@code finished} or {@code failed}.
 *
 * @param filesSeen audio files looked at so far (unchanged ones included)
 * @param filesTotal audio files found in the music folders at the start
 * @param imported new songs
 * @param updated songs whose files changed
 * @param removed songs whose files are gone
 * @param failed files that could not be read (each logged with its path)
 * @param filesPerSecond files seen per second of the scan so far
 */
@NamedInterface("api")
public record ScanStatus(
        String state,
        int filesSeen,
        int filesTotal,
        int imported,
        int updated,
        int removed,
        int failed,
        Instant startedAt,
        Instant finishedAt,
        double filesPerSecond,
        String error) {

    public static final String IDLE = "idle";
    public static final String RUNNING = "running";
    public static final String FINISHED = "finished";
    public static final String FAILED = "failed";

    static final ScanStatus NEVER = new ScanStatus(IDLE, 0, 0, 0, 0, 0, 0, null, null, 0, null);

    static ScanStatus of(
            String state,
            int seen,
            int total,
            int imported,
            int updated,
            int removed,
            int failed,
            Instant startedAt,
            Instant finishedAt,
            String error) {
        Instant end = finishedAt != null ? finishedAt : Instant.now();
        double seconds =
                startedAt == null ? 0 : Duration.between(startedAt, end).toMillis() / 1000.0;
        double rate = seconds <= 0 ? 0 : Math.round(seen / seconds * 10) / 10.0;
        return new ScanStatus(
                state, seen, total, imported, updated, removed, failed, startedAt, finishedAt, rate, error);
    }
}
