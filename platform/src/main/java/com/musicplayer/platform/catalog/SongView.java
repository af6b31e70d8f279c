package com.musicplayer.platform.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A song as every service shows it (DESIGN §5): song-service for its own lists, album-service for
 * an album's tracks. {@code liked} is {@code null} (omitted) when nobody is signed in.
 */
public record SongView(
        long id,
        String title,
        String artist,
        String genre,
        String fileUrl,
        Integer duration,
        String description,
        String coverImageUrl,
        LocalDate releaseDate,
        long likeCount,
        Boolean liked,
        Instant createdAt,
        Instant updatedAt) {}
