package com.musicplayer.catalog.album;

import static com.musicplayer.catalog.album.AlbumRequests.trim;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Albums: reads as single statements ({@link AlbumRows}), writes that keep each album linked to the
 * artist its {@code artist} names ({@link Artists#withArtist}).
 */
@Service
@NamedInterface("api")
public class Albums {

    private static final SortFields SORT = SortFields.of(
            "a.id", "title", "a.title", "artist", "a.artist", "year", "a.release_year", "created_at", "a.created_at");
    /** An artist's albums: oldest first (those without a year last), then by title. */
    private static final String BY_YEAR = "COALESCE(a.release_year, 9999), lower(a.title), a.id";

    private final AlbumRepository albums;
    private final Artists artists;
    private final JdbcClient jdbc;
    private final SqlLists lists;
    private final CachedCounts counts;
    private final TransactionTemplate transaction;

    Albums(
            AlbumRepository albums,
            Artists artists,
            JdbcClient jdbc,
            SqlLists lists,
            CachedCounts counts,
            PlatformTransactionManager transactions) {
        this.albums = albums;
        this.artists = artists;
        this.jdbc = jdbc;
        this.lists = lists;
        this.counts = counts;
        this.transaction = new TransactionTemplate(transactions);
    }

    public AlbumView get(long id) {
        return jdbc.sql("SELECT " + AlbumRows.COLUMNS.text() + " FROM " + AlbumRows.FROM + " WHERE a.id = ?")
                .param(id)
                .query(AlbumRows.mapper())
                .optional()
                .orElseThrow(() -> new NotFoundException("Album", id));
    }

    /** The albums of {@code ids} in that order, in one statement; ids of deleted albums are skipped. */
    public List<AlbumView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, AlbumView> byId = jdbc
                .sql("SELECT " + AlbumRows.COLUMNS.text() + " FROM " + AlbumRows.FROM + " WHERE a.id IN ("
                        + Sql.placeholders(ids.size()) + ")")
                .params(new ArrayList<>(ids))
                .query(AlbumRows.mapper())
                .list()
                .stream()
                .collect(Collectors.toMap(AlbumView::id, Function.identity()));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    public boolean exists(long id) {
        return albums.existsById(id);
    }

    /** A page of albums; artist and genre match exactly (any case), q searches title and artist. */
    public ListPage<AlbumView> list(CatalogFilter filter, PageParams page) {
        Where where = Where.all()
                .sameText("a.artist", filter.artist())
                .sameText("a.genre", filter.genre())
                .contains(filter.q(), "a.title", "a.artist");
        return lists.page(
                AlbumRows.FROM, AlbumRows.COLUMNS, where, SORT.query(page), AlbumRows.mapper(), AlbumView::id);
    }

    /** The albums of an artist, oldest first. */
    public ListPage<AlbumView> byArtist(long artistId, PageParams page) {
        artists.get(artistId);
        ListQuery query = ListQuery.fixed(page, "order of release (year, then title)", BY_YEAR);
        return lists.page(
                AlbumRows.FROM,
                AlbumRows.COLUMNS,
                Where.all().equal("a.artist_id", artistId),
                query,
                AlbumRows.mapper(),
                AlbumView::id);
    }

    public AlbumView create(AlbumRequests.Create request) {
        String artist = trim(request.artist());
        long id = artists.withArtist(
                artist,
                artistId -> transaction.execute(status -> {
                    Album album = new Album(
                            trim(request.title()),
                            artist,
                            artistId,
                            trim(request.genre()),
                            trim(request.description()),
                            request.coverImageUrl());
                    album.setYear(request.year());
                    return albums.saveAndFlush(album).getId();
                }));
        counts.evictAll();
        return get(id);
    }

    /** A new {@code artist} links the album to that artist; the old one goes if nothing names it now. */
    public AlbumView update(long id, AlbumRequests.Update request) {
        Album current = albums.findById(id).orElseThrow(() -> new NotFoundException("Album", id));
        Long previousArtist = current.getArtistId();
        String artist = request.artist() == null ? current.getArtist() : trim(request.artist());
        artists.withArtist(
                artist,
                artistId -> transaction.execute(status -> {
                    Album album = albums.findById(id).orElseThrow(() -> new NotFoundException("Album", id));
                    if (request.title() != null) {
                        album.setTitle(trim(request.title()));
                    }
                    album.setArtist(artist, artistId);
                    if (request.genre() != null) {
                        album.setGenre(trim(request.genre()));
                    }
                    if (request.description() != null) {
                        album.setDescription(trim(request.description()));
                    }
                    if (request.coverImageUrl() != null) {
                        album.setCoverImageUrl(request.coverImageUrl());
                    }
                    if (request.year() != null) {
                        album.setYear(request.year());
                    }
                    return albums.saveAndFlush(album);
                }));
        counts.evictAll(); // a new title, artist or genre moves the album in or out of filtered totals
        artists.removeUnused(previousArtist);
        return get(id);
    }

    /** The album's songs stay; its track list goes with it (ON DELETE CASCADE). */
    public void delete(long id) {
        Long artistId = transaction.execute(status -> {
            Album album = albums.findById(id).orElseThrow(() -> new NotFoundException("Album", id));
            albums.delete(album);
            return album.getArtistId();
        });
        counts.evictAll();
        artists.removeUnused(artistId);
    }
}
