package com.musicplayer.album.catalog;

import com.musicplayer.platform.catalog.SongLikes;
import com.musicplayer.platform.catalog.SongView;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** album-service's read-only view of a song (song-service owns the table). */
@Entity
@Immutable
@Table(name = "songs")
class Song {

    @Id
    private Long id;

    private String title;
    private String artist;
    private String genre;
    private String fileUrl;
    private Integer duration;
    private String description;
    private String coverImageUrl;
    private LocalDate releaseDate;
    private Instant createdAt;
    private Instant updatedAt;

    protected Song() {}

    Long getId() {
        return id;
    }

    SongView view(SongLikes likes) {
        return new SongView(
                id,
                title,
                artist,
                genre,
                fileUrl,
                duration,
                description,
                coverImageUrl,
                releaseDate,
                likes.count(id),
                likes.liked(id),
                createdAt,
                updatedAt);
    }
}
