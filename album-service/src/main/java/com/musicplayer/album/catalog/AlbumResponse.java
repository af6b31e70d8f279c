package com.musicplayer.album.catalog;

import java.time.Instant;

record AlbumResponse(
        long id,
        String title,
        String artist,
        String genre,
        String description,
        String coverImageUrl,
        long songCount,
        Instant createdAt,
        Instant updatedAt) {

    static AlbumResponse from(Album album, long songCount) {
        return new AlbumResponse(
                album.getId(),
                album.getTitle(),
                album.getArtist(),
                album.getGenre(),
                album.getDescription(),
                album.getCoverImageUrl(),
                songCount,
                album.getCreatedAt(),
                album.getUpdatedAt());
    }
}
