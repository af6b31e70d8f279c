package com.musicplayer.catalog.album;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A song's place on an album ({@code album_songs}): positions run 1..n without gaps. */
@Entity
@Table(name = "album_songs")
@IdClass(Track.Key.class)
class Track {

    @Id
    private Long albumId;

    @Id
    private Long songId;

    private int position;

    protected Track() {}

    Track(long albumId, long songId, int position) {
        this.albumId = albumId;
        this.songId = songId;
        this.position = position;
    }

    Long getSongId() {
        return songId;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    record Key(Long albumId, Long songId) implements Serializable {}
}
