package com.musicplayer.media.scan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A scan as recorded ({@code scans}): its counters, inserted as it starts (Scanner), updated every few seconds and at its end. */
@Entity
@Table(name = "scans")
class Scan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String state;
    private int filesTotal;
    private int filesSeen;
    private int imported;
    private int updated;
    private int removed;
    private int failed;
    private String error;
    private Instant startedAt;
    private Instant heartbeatAt;
    private Instant finishedAt;

    protected Scan() {}

    void record(ScanStatus status, Instant now) {
        this.state = status.state();
        this.filesTotal = status.filesTotal();
        this.filesSeen = status.filesSeen();
        this.imported = status.imported();
        this.updated = status.updated();
        this.removed = status.removed();
        this.failed = status.failed();
        this.error = status.error() == null
                ? null
                : status.error().substring(0, Math.min(500, status.error().length()));
        this.finishedAt = status.finishedAt();
        this.heartbeatAt = now;
    }

    ScanStatus status() {
        return ScanStatus.of(
                state, filesSeen, filesTotal, imported, updated, removed, failed, startedAt, finishedAt, error);
    }

    Long getId() {
        return id;
    }

    String getState() {
        return state;
    }

    Instant getHeartbeatAt() {
        return heartbeatAt;
    }
}
