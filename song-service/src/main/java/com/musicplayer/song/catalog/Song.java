package com.musicplayer.song.catalog;

import com.musicplayer.platform.catalog.SongView;
import com.musicplayer.platform.persistence.Timestamped;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "songs")
class Song extends Timestamped {

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

    protected Song() {}

    Song(String title, String artist, String genre, String fileUrl) {
        this.title = title;
        this.artist = artist;
        this.genre = genre;
        this.fileUrl = fileUrl;
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
                getCreatedAt(),
                getUpdatedAt());
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
