package com.musicplayer.catalog.song;

import static com.musicplayer.catalog.song.SongRequests.trim;

import com.musicplayer.catalog.CatalogFilter;
import com.musicplayer.catalog.artist.Artists;
import com.musicplayer.platform.db.Sql;
import com.musicplayer.platform.db.SqlLists;
import com.musicplayer.platform.db.Where;
import com.musicplayer.platform.web.CachedCounts;
import com.musicplayer.platform.web.ListPage;
import com.musicplayer.platform.web.ListQuery;
import com.musicplayer.platform.web.NotFoundException;
import com.musicplayer.platform.web.PageParams;
import com.musicplayer.platform.web.SortFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Songs: every read is one statement ({@link SongRows}, like counts and the caller's like
 * included); writes keep each song linked to the artist its {@code artist} names.
 */
@Service
@NamedInterface("api")
public class Songs {

    private static final SortFields SORT = SortFields.of(
            "s.id",
            "title",
            "s.title",
            "artist",
            "s.artist",
            "created_at",
            "s.created_at",
            "release_date",
            "s.release_date",
            "duration",
            "s.duration",
            "year",
            "s.release_year");
    /** An artist's songs: by year, album, disc and track (those without last), then title. */
    private static final String BY_ALBUM = "COALESCE(s.release_year, 9999), COALESCE(s.album_id, 0),"
            + " COALESCE(s.disc_number, 1), COALESCE(s.track_number, 0), lower(s.title), s.id";

    private final SongRepository songs;
    private final ApplicationEventPublisher events;
    private final Artists artists;
    private final SongRemoval removal;
    private final JdbcClient jdbc;
    private final SqlLists lists;
    private final CachedCounts counts;
    private final TransactionTemplate transaction;

    Songs(
            SongRepository songs,
            Artists artists,
            SongRemoval removal,
            JdbcClient jdbc,
            SqlLists lists,
            CachedCounts counts,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.events = events;
        this.songs = songs;
        this.artists = artists;
        this.removal = removal;
        this.jdbc = jdbc;
        this.lists = lists;
        this.counts = counts;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** @param callerId the signed-in user, or null: then {@code liked} is left out */
    public SongView get(long id, Long callerId) {
        Sql columns = SongRows.columns(callerId);
        List<Object> params = new ArrayList<>(columns.params());
        params.add(id);
        return jdbc.sql("SELECT " + columns.text() + " FROM " + SongRows.FROM + " WHERE s.id = ?")
                .params(params)
                .query(SongRows.mapper(callerId))
                .optional()
                .orElseThrow(() -> new NotFoundException("Song", id));
    }

    public boolean exists(long id) {
        return songs.existsById(id);
    }

    /**
     * A page of songs; artist and genre match exactly (any case), q searches title and artist. In
     * the default order (by id) pages go on by key, so a deep page costs what the first does.
     */
    public ListPage<SongView> list(CatalogFilter filter, PageParams page, Long callerId) {
        Where where = Where.all()
                .sameText("s.artist", filter.artist())
                .sameText("s.genre", filter.genre())
                .contains(filter.q(), "s.title", "s.artist");
        return lists.page(
                SongRows.FROM,
                SongRows.columns(callerId),
                where,
                SORT.query(page),
                SongRows.mapper(callerId),
                SongView::id);
    }

    /** The songs of an artist, album by album in track order. */
    public ListPage<SongView> byArtist(long artistId, PageParams page, Long callerId) {
        artists.get(artistId);
        return lists.page(
                SongRows.FROM,
                SongRows.columns(callerId),
                Where.all().equal("s.artist_id", artistId),
                ListQuery.fixed(page, "album and track order", BY_ALBUM),
                SongRows.mapper(callerId),
                SongView::id);
    }

    /**
     * The songs with these ids, in the order given, in one statement; ids of songs that do not
     * exist (deleted meanwhile) are skipped.
     */
    public List<SongView> views(List<Long> ids, Long callerId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Sql columns = SongRows.columns(callerId);
        List<Object> params = new ArrayList<>(columns.params());
        params.addAll(ids);
        String placeholders = Sql.placeholders(ids.size());
        Map<Long, SongView> byId = jdbc
                .sql("SELECT " + columns.text() + " FROM " + SongRows.FROM + " WHERE s.id IN (" + placeholders + ")")
                .params(params)
                .query(SongRows.mapper(callerId))
                .list()
                .stream()
                .collect(Collectors.toMap(SongView::id, Function.identity()));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    public SongView create(SongRequests.Create request, Long callerId) {
        String artist = trim(request.artist());
        long id = artists.withArtist(
                artist,
                artistId -> transaction.execute(status -> {
                    Song song =
                            new Song(trim(request.title()), artist, artistId, trim(request.genre()), request.fileUrl());
                    song.setDuration(request.duration());
                    song.setDescription(trim(request.description()));
                    song.setCoverImageUrl(request.coverImageUrl());
                    song.setReleaseDate(request.releaseDate());
                    song.setTrackNumber(request.trackNumber());
                    song.setDiscNumber(request.discNumber());
                    song.setYear(request.year());
                    return songs.saveAndFlush(song).getId();
                }));
        counts.evictAll();
        return get(id, callerId);
    }

    /** A new {@code artist} links the song to that artist; the old one goes if nothing names it now. */
    public SongView update(long id, SongRequests.Update request, Long callerId) {
        Song current = songs.findById(id).orElseThrow(() -> new NotFoundException("Song", id));
        Long previousArtist = current.getArtistId();
        String artist = request.artist() == null ? current.getArtist() : trim(request.artist());
        artists.withArtist(
                artist,
                artistId -> transaction.execute(status -> {
                    Song song = songs.findById(id).orElseThrow(() -> new NotFoundException("Song", id));
                    if (request.duration() != null) {
                        // playlists' total durations follow, locked before the song is
                        events.publishEvent(new SongDurationsChanging(Map.of(id, request.duration())));
                    }
                    if (request.title() != null) {
                        song.setTitle(trim(request.title()));
                    }
                    song.setArtist(artist, artistId);
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
                    if (request.trackNumber() != null) {
                        song.setTrackNumber(request.trackNumber());
                    }
                    if (request.discNumber() != null) {
                        song.setDiscNumber(request.discNumber());
                    }
                    if (request.year() != null) {
                        song.setYear(request.year());
                    }
                    return songs.saveAndFlush(song);
                }));
        counts.evictAll(); // a new title, artist or genre moves the song in or out of filtered totals
        artists.removeUnused(previousArtist);
        return get(id, callerId);
    }

    /**
     * Deletes the song, takes it off every album (closing the gaps) and drops its likes; other
     * modules tidy their references on {@link SongsDeleting} first ({@link SongRemoval}).
     */
    public void delete(long id) {
        SongRemoval.Removed removed = transaction.execute(status -> removal.remove(Set.of(id)));
        if (removed.songIds().isEmpty()) {
            throw new NotFoundException("Song", id);
        }
        counts.evictAll();
        artists.removeUnused(removed.artistIds().toArray(Long[]::new));
    }
}
