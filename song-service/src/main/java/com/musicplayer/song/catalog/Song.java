package com.musicplayer.song.catalog;

import com.musicplayer.platform.catalog.SongView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

@Entity
@Table(name = "songs")
class Song {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    Song(String title, String artist, String genre, String fileUrl) {
        this.title = title;
        this.artist = artist;
        this.genre = genre;
        this.fileUrl = fileUrl;
    }

    @PrePersist
    void onCreate() {
        // the columns keep microseconds; so does the response, which then matches a later read
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    SongView view(long likeCount, Boolean liked) {
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
                likeCount,
                liked,
                createdAt,
                updatedAt);
    }

    Long getId() {
        return id;
    }

    void setTitle(String title) {
        this.title = title;
    }

    void setArtist(String artist) {
        this.artist = artist;
    }

    void setGenre(String genre) {
        this.genre = genre;
    }

    void setFileUrl(String fileUrl) {
        this.fileUrl = fileUrl;
    }

    void setDuration(Integer duration) {
        this.duration = duration;
    }

    void setDescription(String description) {
        this.description = description;
    }

    void setCoverImageUrl(String coverImageUrl) {
        this.coverImageUrl = coverImageUrl;
    }

    void setReleaseDate(LocalDate releaseDate) {
        this.releaseDate = releaseDate;
    }
}
