package com.musicplayer.catalog.song;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * A song as every service shows it (DESIGN §5, §7): the seed's fields, where it belongs (artist,
 * album, track and disc), and the listeners' part — how many like it, and whether the caller does
 * ({@code liked} is {@code null}, so omitted, when nobody is signed in). Made only by {@link SongRows}.
 */
@NamedInterface("api")
public record SongView(
        long id,
        String title,
        String artist,
        Long artistId,
        String album,
        Long albumId,
        String genre,
        String fileUrl,
        Integer duration,
        String description,
        String coverImageUrl,
        LocalDate releaseDate,
        Integer trackNumber,
        Integer discNumber,
        Integer year,
        long likeCount,
        Boolean liked,
        Instant createdAt,
        Instant updatedAt) {}
