package com.musicplayer.media.artwork;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A cover image, stored once per content ({@code sha256}) however many albums and songs show it. */
@Entity
@Table(name = "artwork")
class Artwork {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String sha256;
    private String mimeType;
    private int width;
    private int height;
    private long size;
    private String storageKey;
    private Instant createdAt;

    protected Artwork() {}

    Artwork(String sha256, String mimeType, int width, int height, long size, String storageKey) {
        this.sha256 = sha256;
        this.mimeType = mimeType;
        this.width = width;
        this.height = height;
        this.size = size;
        this.storageKey = storageKey;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    Long getId() {
        return id;
    }

    String getSha256() {
        return sha256;
    }

    String getMimeType() {
        return mimeType;
    }

    long getSize() {
        return size;
    }

    String getStorageKey() {
        return storageKey;
    }
}
