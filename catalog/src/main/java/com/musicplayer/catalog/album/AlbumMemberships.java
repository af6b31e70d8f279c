package com.musicplayer.catalog.album;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The albums a song is on, as far as deleting a song needs them (catalog-internal: used by the
 * song feature). Album rows are write-locked exactly as {@link TrackList} locks them to change a
 * track list, so positions close up without racing a concurrent move. Runs in the caller's
 * transaction.
 */
@Component
public class AlbumMemberships {

    private final EntityManager em;

    AlbumMemberships(EntityManager em) {
        this.em = em;
    }

    public List<Long> albumsOf(long songId) {
        return ids(em.createNativeQuery("select album_id from album_songs where song_id = :song")
                .setParameter("song", songId)
                .getResultList());
    }

    /** Locks in id order, so two deletes never wait on each other crosswise. */
    public void lockAlbums(Collection<Long> albumIds) {
        if (!albumIds.isEmpty()) {
            em.createNativeQuery("select id from albums where id in (:ids) order by id for update")
                    .setParameter("ids", albumIds)
                    .getResultList();
        }
    }

    /**
     * Album id to the song's position on it. A locking read: on MariaDB a plain read would answer
     * from the snapshot taken before the albums were locked.
     */
    public Map<Long, Integer> positionsOf(long songId) {
        Map<Long, Integer> positions = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery(
                        "select album_id, position from album_songs where song_id = :song order by album_id for update")
                .setParameter("song", songId)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            positions.put(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue());
        }
        return positions;
    }

    /** Takes the song off every album and moves the tracks after it up by one. */
    public void removeEverywhere(long songId, Map<Long, Integer> positions) {
        em.createNativeQuery("delete from album_songs where song_id = :song")
                .setParameter("song", songId)
                .executeUpdate();
        positions.forEach((album, position) -> em.createNativeQuery(
                        "update album_songs set position = position - 1 where album_id = :album and position > :position")
                .setParameter("album", album)
                .setParameter("position", position)
                .executeUpdate());
    }

    private static List<Long> ids(List<?> values) {
        List<Long> ids = new ArrayList<>();
        values.forEach(value -> ids.add(((Number) value).longValue()));
        return ids;
    }
}
