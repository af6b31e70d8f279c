package com.musicplayer.platform.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The {@code created_at} / {@code updated_at} pair every table of the schema carries, kept by JPA. */
@MappedSuperclass
public abstract class Timestamped {

    private Instant createdAt;
    private Instant updatedAt;

    // the columns keep microseconds; so does the response, which then matches a later read
    @PrePersist
    void onCreate() {
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
