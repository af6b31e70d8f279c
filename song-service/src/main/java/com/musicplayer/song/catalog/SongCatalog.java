package com.musicplayer.song.catalog;

import com.musicplayer.platform.catalog.SongLikes;
import com.musicplayer.platform.catalog.SongView;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features of song-service may ask the catalog. */
@Component
public class SongCatalog {

    private final SongRepository songs;
    private final EntityManager entityManager;

    SongCatalog(SongRepository songs, EntityManager entityManager) {
        this.songs = songs;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public boolean exists(long songId) {
        return songs.existsById(songId);
    }

    /**
     * The caller's liked songs with these ids, in the order given, with their like counts: two
     * statements for any number of ids. Ids of songs deleted meanwhile are skipped.
     */
    @Transactional(readOnly = true)
    public List<SongView> likedByCaller(List<Long> songIds) {
        Map<Long, Song> byId =
                songs.findAllById(songIds).stream().collect(Collectors.toMap(Song::getId, Function.identity()));
        SongLikes likes = SongLikes.of(entityManager, byId.keySet(), null);
        return songIds.stream()
                .filter(byId::containsKey)
                .map(id -> byId.get(id).view(likes.count(id), true))
                .toList();
    }
}
