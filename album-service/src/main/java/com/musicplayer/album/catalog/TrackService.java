package com.musicplayer.album.catalog;

import com.musicplayer.platform.catalog.SongLikes;
import com.musicplayer.platform.web.NotFoundException;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An album's track order. Every change first write-locks the album row, so concurrent changes to
 * one album run one after another and positions stay 1..n without gaps or duplicates.
 */
@Service
class TrackService {

    private final AlbumRepository albums;
    private final TrackRepository tracks;
    private final SongRepository songs;
    private final EntityManager entityManager;

    TrackService(AlbumRepository albums, TrackRepository tracks, SongRepository songs, EntityManager entityManager) {
        this.albums = albums;
        this.tracks = tracks;
        this.songs = songs;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    Page<TrackResponse> list(long albumId, long callerId, Pageable pageable) {
        if (!albums.existsById(albumId)) {
            throw new NotFoundException("Album", albumId);
        }
        Page<Object[]> rows = tracks.songsOf(albumId, pageable);
        List<Long> ids =
                rows.getContent().stream().map(row -> ((Song) row[0]).getId()).toList();
        SongLikes likes = SongLikes.of(entityManager, ids, callerId);
        List<TrackResponse> items = rows.getContent().stream()
                .map(row -> new TrackResponse((Integer) row[1], ((Song) row[0]).view(likes)))
                .toList();
        return new PageImpl<>(items, pageable, rows.getTotalElements());
    }

    /**
     * Adds the song at {@code position} (default: the end), or moves it there if it is already on
     * the album; a position past the end means the end. Already on the album and no position: unchanged.
     */
    @Transactional
    void place(long albumId, long songId, Integer position) {
        albums.lockById(albumId).orElseThrow(() -> new NotFoundException("Album", albumId));
        songs.lockShared(songId).orElseThrow(() -> new NotFoundException("Song", songId));
        int count = (int) tracks.countByAlbumId(albumId);
        Optional<Integer> current = tracks.positionOf(albumId, songId);
        if (current.isEmpty()) {
            int target = position == null ? count + 1 : Math.min(position, count + 1);
            tracks.shift(albumId, target, Integer.MAX_VALUE, 1);
            tracks.insert(albumId, songId, target);
            return;
        }
        if (position == null) {
            return;
        }
        int from = current.get();
        int target = Math.min(position, count);
        if (target < from) {
            tracks.shift(albumId, target, from - 1, 1);
        } else if (target > from) {
            tracks.shift(albumId, from + 1, target, -1);
        }
        tracks.move(albumId, songId, target);
    }

    /** Takes the song off the album and closes the gap it leaves. */
    @Transactional
    void remove(long albumId, long songId) {
        albums.lockById(albumId).orElseThrow(() -> new NotFoundException("Album", albumId));
        int position = tracks.positionOf(albumId, songId)
                .orElseThrow(() -> new NotFoundException("Song " + songId + " on album", albumId));
        tracks.remove(albumId, songId);
        tracks.shift(albumId, position + 1, Integer.MAX_VALUE, -1);
    }
}
