package com.musicplayer.media.upload;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Who uploaded which file ({@code uploads}), written with the import it made. */
@Entity
@Table(name = "uploads")
class Upload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;
    private Long songId;
    private String filename;
    private long size;
    private String sha256;
    private Instant createdAt;

    protected Upload() {}

    Upload(Long userId, Long songId, String filename, long size, String sha256) {
        this.userId = userId;
        this.songId = songId;
        this.filename = filename;
        this.size = size;
        this.sha256 = sha256;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
