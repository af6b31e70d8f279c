package com.musicplayer.song.catalog;

import static com.musicplayer.song.catalog.SongRequests.trim;

import com.musicplayer.platform.catalog.SongLikes;
import com.musicplayer.platform.catalog.SongView;
import com.musicplayer.platform.web.NotFoundException;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SongService {

    private final SongRepository songs;
    private final AlbumMemberships albums;
    private final EntityManager entityManager;
    private final SongReads reads;

    SongService(SongRepository songs, AlbumMemberships albums, EntityManager entityManager, SongReads reads) {
        this.songs = songs;
        this.reads = reads;
        this.albums = albums;
        this.entityManager = entityManager;
    }

    /**
     * A page of songs with like counts (and the caller's likes): four statements however long the
     * page (count, page, grouped like counts, the caller's likes among them).
     */
    @Transactional(readOnly = true)
    Page<SongView> search(String artist, String genre, String q, Pageable pageable, Long callerId) {
        Page<Song> page = songs.search(artist, genre, q, pageable);
        List<Long> ids = page.map(Song::getId).getContent();
        SongLikes likes = SongLikes.of(entityManager, ids, callerId);
        return page.map(song -> song.view(likes.count(song.getId()), likes.liked(song.getId())));
    }

    /** One statement, no transaction: {@link SongReads}. */
    SongView get(long id, Long callerId) {
        return reads.find(id, callerId).orElseThrow(() -> new NotFoundException("Song", id));
    }

    @Transactional
    SongView create(SongRequests.Create request, Long callerId) {
        Song song = new Song(trim(request.title()), trim(request.artist()), trim(request.genre()), request.fileUrl());
        song.setDuration(request.duration());
        song.setDescription(trim(request.description()));
        song.setCoverImageUrl(request.coverImageUrl());
        song.setReleaseDate(request.releaseDate());
        songs.saveAndFlush(song);
        return song.view(0, callerId == null ? null : false);
    }

    @Transactional
    SongView update(long id, SongRequests.Update request, Long callerId) {
        Song song = find(id);
        if (request.title() != null) {
            song.setTitle(trim(request.title()));
        }
        if (request.artist() != null) {
            song.setArtist(trim(request.artist()));
        }
        if (request.genre() != null) {
            song.setGenre(trim(request.genre()));
        }
        if (request.fileUrl() != null) {
            song.setFileUrl(request.fileUrl());
        }
        if (request.duration() != null) {
            song.setDuration(request.duration());
        }
        if (request.description() != null) {
            song.setDescription(trim(request.description()));
        }
        if (request.coverImageUrl() != null) {
            song.setCoverImageUrl(request.coverImageUrl());
        }
        if (request.releaseDate() != null) {
            song.setReleaseDate(request.releaseDate());
        }
        songs.saveAndFlush(song);
        return view(song, callerId);
    }

    /**
     * Deletes the song, takes it off every album (closing the gaps) and drops its likes (ON DELETE
     * CASCADE). Locks the albums first and the song second, the order album-service takes them in.
     */
    @Transactional
    void delete(long id) {
        albums.lockAlbums(albums.albumsOf(id));
        Song song = songs.lockById(id).orElseThrow(() -> new NotFoundException("Song", id));
        // an album that took the song on before our locks: lock it too (re-read under the song lock)
        Map<Long, Integer> positions = albums.positionsOf(id);
        albums.lockAlbums(positions.keySet());
        albums.removeEverywhere(id, albums.positionsOf(id));
        songs.delete(song);
    }

    private Song find(long id) {
        return songs.findById(id).orElseThrow(() -> new NotFoundException("Song", id));
    }

    private SongView view(Song song, Long callerId) {
        SongLikes likes = SongLikes.of(entityManager, List.of(song.getId()), callerId);
        return song.view(likes.count(song.getId()), likes.liked(song.getId()));
    }
}
