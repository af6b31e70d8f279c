package com.musicplayer.catalog.artist;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** An artist as the API shows it, with how many albums and songs name it. */
@NamedInterface("api")
public record ArtistView(
        long id, String name, String sortName, long albumCount, long songCount, Instant createdAt, Instant updatedAt) {}
