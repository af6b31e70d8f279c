package com.musicplayer.catalog.song;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * A song as every service shows it (DESIGN §5, §7, §9): the seed's fields, where it belongs (artist,
 * album, track and disc), and the listeners' part — how many like it and how often it was played,
 * whether (and since when) the caller likes it and when the caller last played it ({@code liked},
 * {@code likedAt} and {@code lastPlayedAt} are {@code null}, so omitted, when nobody is signed in;
 * {@code likedAt} also when the caller does not like it, {@code lastPlayedAt} when the caller never
 * played it). Made only by {@link SongRows}.
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
        Instant likedAt,
        long playCount,
        Instant lastPlayedAt,
        Instant createdAt,
        Instant updatedAt) {

    /** The same song with another play count: the plays over a period, in a chart of that period. */
    public SongView withPlayCount(long plays) {
        return new SongView(
                id,
                title,
                artist,
                artistId,
                album,
                albumId,
                genre,
                fileUrl,
                duration,
                description,
                coverImageUrl,
                releaseDate,
                trackNumber,
                discNumber,
                year,
                likeCount,
                liked,
                likedAt,
                plays,
                lastPlayedAt,
                createdAt,
                updatedAt);
    }
}
