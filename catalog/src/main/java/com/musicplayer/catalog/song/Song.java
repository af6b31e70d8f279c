package com.musicplayer.catalog.song;

import com.musicplayer.platform.persistence.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A song row, for writes; reads go through {@link SongRows}. */
@Entity
@Table(name = "songs")
class Song extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String artist;
    private Long artistId;
    private Long albumId;
    private String genre;
    private String fileUrl;
    private Integer duration;
    private String description;
    private String coverImageUrl;
    private LocalDate releaseDate;
    private Integer trackNumber;
    private Integer discNumber;

    @Column(name = "release_year")
    private Integer year;

    protected Song() {}

    Song(String title, String artist, long artistId, String genre, String fileUrl) {
        this.title = title;
        this.artist = artist;
        this.artistId = artistId;
        this.genre = genre;
        this.fileUrl = fileUrl;
    }

    Long getId() {
        return id;
    }

    String getArtist() {
        return artist;
    }

    Long getArtistId() {
        return artistId;
    }

    Long getAlbumId() {
        return albumId;
    }

    Integer getTrackNumber() {
        return trackNumber;
    }

    Integer getDiscNumber() {
        return discNumber;
    }

    void setTitle(String title) {
        this.title = title;
    }

    void setArtist(String artist, long artistId) {
        this.artist = artist;
        this.artistId = artistId;
    }

    void setAlbumId(Long albumId) {
        this.albumId = albumId;
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

    void setTrackNumber(Integer trackNumber) {
        this.trackNumber = trackNumber;
    }

    void setDiscNumber(Integer discNumber) {
        this.discNumber = discNumber;
    }

    void setYear(Integer year) {
        this.year = year;
    }
}
