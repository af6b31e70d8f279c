package com.musicplayer.catalog.search;

import com.musicplayer.catalog.album.AlbumRows;
import com.musicplayer.catalog.album.AlbumView;
import com.musicplayer.catalog.artist.ArtistRows;
import com.musicplayer.catalog.artist.ArtistView;
import com.musicplayer.catalog.song.SongRows;
import com.musicplayer.catalog.song.SongView;
import com.musicplayer.platform.db.SqlLists;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * One search over the whole catalog (DESIGN §7): artists by name, albums and songs by title, each
 * best match first ({@link Ranked}), each at most {@code limit} long.
 */
@Service
@NamedInterface("api")
public class CatalogSearch {

    private final SqlLists lists;
    private final Ranked<ArtistView> artists;
    private final Ranked<AlbumView> albums;

    CatalogSearch(SqlLists lists) {
        this.lists = lists;
        this.artists = new Ranked<>(ArtistRows.FROM, "ar.name", "ar.id", ArtistRows.COLUMNS, ArtistRows.mapper());
        this.albums = new Ranked<>(AlbumRows.FROM, "a.title", "a.id", AlbumRows.COLUMNS, AlbumRows.mapper());
    }

    /** @param q a term of 1-100 characters (not blank) */
    public SearchResult search(String q, int limit, Long callerId) {
        Ranked<SongView> songs =
                new Ranked<>(SongRows.FROM, "s.title", "s.id", SongRows.columns(callerId), SongRows.mapper(callerId));
        return new SearchResult(
                artists.find(lists, q, limit), albums.find(lists, q, limit), songs.find(lists, q, limit));
    }
}
