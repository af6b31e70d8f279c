package com.musicplayer.catalog.album;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** An album as the API shows it, with its number of songs and their total length (seconds). */
@NamedInterface("api")
public record AlbumView(
        long id,
        String title,
        String artist,
        Long artistId,
        String genre,
        String description,
        String coverImageUrl,
        Integer year,
        long songCount,
        long duration,
        Instant createdAt,
        Instant updatedAt) {}
