package com.musicplayer.song.catalog;

import static com.musicplayer.song.catalog.SongRequests.trim;

import com.musicplayer.platform.catalog.SongLikes;
import com.musicplayer.platform.catalog.SongView;
import com.musicplayer.platform.web.BadRequestException;
import com.musicplayer.platform.web.CachedCounts;
import com.musicplayer.platform.web.NotFoundException;
import com.musicplayer.platform.web.OffsetPageRequest;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SongService {

    private static final Sort ID_ORDER = Sort.by("id");

    private final SongRepository songs;
    private final AlbumMemberships albums;
    private final EntityManager entityManager;
    private final SongReads reads;
    private final CachedCounts counts;

    SongService(
            SongRepository songs,
            AlbumMemberships albums,
            EntityManager entityManager,
            SongReads reads,
            CachedCounts counts) {
        this.songs = songs;
        this.albums = albums;
        this.entityManager = entityManager;
        this.reads = reads;
        this.counts = counts;
    }

    /** A page of songs; {@code inIdOrder} pages go on by key ({@code after} the last id). */
    record SongPage(List<SongView> items, long total, boolean totalCapped, boolean more, boolean inIdOrder) {

        Long lastId() {
            return items.isEmpty() ? null : items.get(items.size() - 1).id();
        }
    }

    /**
     * A page of songs with like counts (and the caller's likes) in one statement ({@link
     * SongReads#page}), however long the page; the total comes from {@link CachedCounts}. In the
     * default order (by id) the first page and every {@code after} page are read by key, so a page
     * deep in the catalog costs what the first one does; other orders page by offset.
     */
    SongPage search(String artist, String genre, String q, OffsetPageRequest page, Long after, Long callerId) {
        boolean inIdOrder = ID_ORDER.equals(page.getSort());
        if (after != null && !inIdOrder) {
            throw new BadRequestException("'after' pages in the default order (by id); with 'sort', page by 'offset'");
        }
        if (after != null && page.offset() > 0) {
            throw new BadRequestException("Give either 'after' or 'offset', not both");
        }
        if (after != null && after < 0) {
            throw new BadRequestException("'after' must be a song id (0 or more)");
        }
        int limit = page.limit();
        Long key = inIdOrder && page.offset() == 0 ? (after == null ? 0L : after) : null;
        List<SongView> found = reads.page(artist, genre, q, key, page.offset(), page.getSort(), limit + 1, callerId);
        boolean more = found.size() > limit;
        long total = counts.get(Arrays.asList("songs", artist, genre, q), () -> reads.count(artist, genre, q));
        boolean capped = q != null && total > SongReads.SEARCH_COUNT_CAP;
        return new SongPage(
                more ? found.subList(0, limit) : found,
                capped ? SongReads.SEARCH_COUNT_CAP : total,
                capped,
                more,
                inIdOrder);
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
        counts.evictAll();
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
        counts.evictAll(); // a new title, artist or genre moves the song in or out of filtered totals
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
        counts.evictAll();
    }

    private Song find(long id) {
        return songs.findById(id).orElseThrow(() -> new NotFoundException("Song", id));
    }

    private SongView view(Song song, Long callerId) {
        SongLikes likes = SongLikes.of(entityManager, List.of(song.getId()), callerId);
        return song.view(likes.count(song.getId()), likes.liked(song.getId()));
    }
}
