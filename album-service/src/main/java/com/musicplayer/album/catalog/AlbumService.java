package com.musicplayer.album.catalog;

import static com.musicplayer.album.catalog.AlbumRequests.trim;

import com.musicplayer.platform.web.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AlbumService {

    private final AlbumRepository albums;
    private final TrackRepository tracks;

    AlbumService(AlbumRepository albums, TrackRepository tracks) {
        this.albums = albums;
        this.tracks = tracks;
    }

    /** A page of albums with their song counts: three statements however long the page. */
    @Transactional(readOnly = true)
    Page<AlbumResponse> search(String artist, String genre, String q, Pageable pageable) {
        Page<Album> page = albums.search(artist, genre, q, pageable);
        List<Long> ids = page.map(Album::getId).getContent();
        Map<Long, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : tracks.countSongs(ids)) {
                counts.put((Long) row[0], ((Number) row[1]).longValue());
            }
        }
        return page.map(album -> AlbumResponse.from(album, counts.getOrDefault(album.getId(), 0L)));
    }

    @Transactional(readOnly = true)
    AlbumResponse get(long id) {
        Album album = find(id);
        return AlbumResponse.from(album, tracks.countByAlbumId(id));
    }

    @Transactional
    AlbumResponse create(AlbumRequests.Create request) {
        Album album = albums.saveAndFlush(new Album(
                trim(request.title()),
                trim(request.artist()),
                trim(request.genre()),
                trim(request.description()),
                request.coverImageUrl()));
        return AlbumResponse.from(album, 0);
    }

    @Transactional
    AlbumResponse update(long id, AlbumRequests.Update request) {
        Album album = find(id);
        if (request.title() != null) {
            album.setTitle(trim(request.title()));
        }
        if (request.artist() != null) {
            album.setArtist(trim(request.artist()));
        }
        if (request.genre() != null) {
            album.setGenre(trim(request.genre()));
        }
        if (request.description() != null) {
            album.setDescription(trim(request.description()));
        }
        if (request.coverImageUrl() != null) {
            album.setCoverImageUrl(request.coverImageUrl());
        }
        albums.saveAndFlush(album);
        return AlbumResponse.from(album, tracks.countByAlbumId(id));
    }

    /** The album's songs stay; its track list goes with it (ON DELETE CASCADE). */
    @Transactional
    void delete(long id) {
        albums.delete(find(id));
    }

    Album find(long id) {
        return albums.findById(id).orElseThrow(() -> new NotFoundException("Album", id));
    }
}
