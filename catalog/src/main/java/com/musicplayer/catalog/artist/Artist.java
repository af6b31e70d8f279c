package com.musicplayer.catalog.artist;

import com.musicplayer.platform.persistence.Timestamped;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "artists")
class Artist extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String nameKey;
    private String sortName;

    protected Artist() {}

    Artist(String name) {
        this.name = name;
        this.nameKey = ArtistNames.key(name);
        this.sortName = ArtistNames.sortName(name);
    }

    Long getId() {
        return id;
    }
}
