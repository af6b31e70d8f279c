package com.musicplayer.catalog.album;

import com.musicplayer.platform.persistence.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "albums")
class Album extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String artist;
    private Long artistId;
    private String genre;
    private String description;
    private String coverImageUrl;

    @Column(name = "release_year")
    private Integer year;

    protected Album() {}

    Album(String title, String artist, long artistId, String genre, String description, String coverImageUrl) {
        this.title = title;
        this.artist = artist;
        this.artistId = artistId;
        this.genre = genre;
        this.description = description;
        this.coverImageUrl = coverImageUrl;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    String getArtist() {
        return artist;
    }

    Long getArtistId() {
        return artistId;
    }

    void setArtist(String artist, long artistId) {
        this.artist = artist;
        this.artistId = artistId;
    }

    void setYear(Integer year) {
        this.year = year;
    }

    String getGenre() {
        return genre;
    }

    void setGenre(String genre) {
        this.genre = genre;
    }

    String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    String getCoverImageUrl() {
        return coverImageUrl;
    }

    void setCoverImageUrl(String coverImageUrl) {
        this.coverImageUrl = coverImageUrl;
    }
}
