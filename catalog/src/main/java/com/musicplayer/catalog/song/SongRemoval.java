package com.musicplayer.catalog.song;

import com.musicplayer.catalog.album.AlbumMemberships;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting songs, the one way (catalog-internal: an admin's delete and an import's removals):
 * other modules tidy their references first ({@link SongsDeleting}), then the albums the songs are
 * on are write-locked (in id order) before the songs themselves — the order {@code TrackList} takes
 * them in — and every track list closes its gaps. Likes, plays and media files go with the rows
 * (ON DELETE CASCADE).
 */
@Component
public class SongRemoval {

    /** What the removed songs named: artists and albums that may now be unused. */
    public record Removed(Set<Long> songIds, Set<Long> artistIds, Set<Long> albumIds) {}

    private final SongRepository songs;
    private final AlbumMemberships albums;
    private final ApplicationEventPublisher events;

    SongRemoval(SongRepository songs, AlbumMemberships albums, ApplicationEventPublisher events) {
        this.songs = songs;
        this.albums = albums;
        this.events = events;
    }

    /** Removes the songs among {@code ids} that exist, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Removed remove(Set<Long> ids) {
        Set<Long> existing = new TreeSet<>();
        songs.findAllById(ids).forEach(song -> existing.add(song.getId()));
        Set<Long> artists = new TreeSet<>();
        Set<Long> touchedAlbums = new TreeSet<>();
        if (existing.isEmpty()) {
            return new Removed(existing, artists, touchedAlbums);
        }
        events.publishEvent(new SongsDeleting(Set.copyOf(existing)));
        List<Long> albumIds = new ArrayList<>();
        existing.forEach(id -> albumIds.addAll(albums.albumsOf(id)));
        albums.lockAlbums(new TreeSet<>(albumIds));
        for (long id : existing) {
            Song song = songs.lockById(id).orElse(null);
            if (song == null) {
                continue; // deleted meanwhile
            }
            // an album that took the song on before our locks: lock it too (re-read under the song lock)
            var positions = albums.positionsOf(id);
            albums.lockAlbums(positions.keySet());
            positions = albums.positionsOf(id);
            albums.removeEverywhere(id, positions);
            touchedAlbums.addAll(positions.keySet());
            if (song.getAlbumId() != null) {
                touchedAlbums.add(song.getAlbumId());
            }
            artists.add(song.getArtistId());
            songs.delete(song);
        }
        songs.flush();
        return new Removed(existing, artists, touchedAlbums);
    }
}
