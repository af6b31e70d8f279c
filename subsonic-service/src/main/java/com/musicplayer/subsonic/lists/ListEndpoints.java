package com.musicplayer.subsonic.lists;

import com.musicplayer.catalog.CatalogFilter;
import com.musicplayer.catalog.album.AlbumView;
import com.musicplayer.catalog.album.Albums;
import com.musicplayer.catalog.artist.Artists;
import com.musicplayer.catalog.song.SongView;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.library.like.Likes;
import com.musicplayer.subsonic.api.Call;
import com.musicplayer.subsonic.api.Element;
import com.musicplayer.subsonic.api.Endpoints;
import com.musicplayer.subsonic.api.Pages;
import com.musicplayer.subsonic.api.SubsonicError;
import com.musicplayer.subsonic.api.Views;
import java.util.List;
import org.springframework.stereotype.Component;

/** Lists: getAlbumList2 (every type), getRandomSongs, getGenres, getSongsByGenre, search3, getStarred2. */
@Component
class ListEndpoints implements Endpoints {

    private static final int MAX = 500;
    private static final int MAX_STARRED = 10_000;
    private static final int MAX_TERM = 100;

    private final Albums albums;
    private final Artists artists;
    private final Songs songs;
    private final Likes likes;
    private final Rankings rankings;

    ListEndpoints(Albums albums, Artists artists, Songs songs, Likes likes, Rankings rankings) {
        this.albums = albums;
        this.artists = artists;
        this.songs = songs;
        this.likes = likes;
        this.rankings = rankings;
    }

    @Override
    public void register(Registry registry) {
        registry.add("getAlbumList2", this::albumList);
        registry.add("getRandomSongs", this::randomSongs);
        registry.add(
                "getGenres",
                call -> Element.of("genres")
                        .list(
                                "genre",
                                rankings.genres().stream()
                                        .map(g -> Element.of("genre")
                                                .attr("songCount", (int) g.songCount())
                                                .attr("albumCount", (int) g.albumCount())
                                                .text(g.name()))
                                        .toList()));
        registry.add("getSongsByGenre", this::songsByGenre);
        registry.add("search3", this::search);
        registry.add(
                "getStarred2",
                call -> Element.of("starred2")
                        .list("artist", List.of())
                        .list("album", List.of())
                        .list(
                                "song",
                                Pages.collect(MAX_STARRED, 0, page -> likes.liked(call.userId(), page)).stream()
                                        .map(song -> Views.song("song", song))
                                        .toList()));
    }

    private Element albumList(Call call) {
        String type = call.required("type");
        int size = call.integer("size", 10, 1, MAX);
        int offset = call.integer("offset", 0, 0, Integer.MAX_VALUE);
        long user = call.userId();
        List<AlbumView> list = switch (type) {
            case "random" -> views(rankings.randomAlbums(size));
            case "newest" -> Pages.collect(size, offset, "-created_at", page -> albums.list(all(), page));
            case "alphabeticalByName" -> Pages.collect(size, offset, "title", page -> albums.list(all(), page));
            case "alphabeticalByArtist" ->
                Pages.collect(size, offset, "artist,title", page -> albums.list(all(), page));
            case "frequent" -> views(rankings.albumsMostPlayed(size, offset));
            case "recent" -> views(rankings.albumsRecentlyPlayed(user, size, offset));
            case "starred" -> views(rankings.albumsStarred(user, size, offset));
            case "highest" -> views(rankings.albumsMostLiked(size, offset));
            case "byYear" ->
                views(rankings.albumsByYear(yearOf(call, "fromYear"), yearOf(call, "toYear"), size, offset));
            case "byGenre" ->
                Pages.collect(
                        size,
                        offset,
                        "title",
                        page -> albums.list(new CatalogFilter(null, call.required("genre"), null), page));
            default -> throw SubsonicError.invalid("type", type);
        };
        return Element.of("albumList2")
                .list("album", list.stream().map(a -> Views.album("album", a)).toList());
    }

    private static int yearOf(Call call, String name) {
        call.required(name);
        return call.integer(name, 0, 0, 9999);
    }

    private Element randomSongs(Call call) {
        int size = call.integer("size", 10, 1, MAX);
        List<Long> ids = rankings.randomSongs(
                size, call.param("genre"), call.optionalInteger("fromYear"), call.optionalInteger("toYear"));
        return Element.of("randomSongs").list("song", songViews(ids, call.userId()));
    }

    private Element songsByGenre(Call call) {
        String genre = call.required("genre");
        int count = call.integer("count", 10, 1, MAX);
        int offset = call.integer("offset", 0, 0, Integer.MAX_VALUE);
        List<SongView> list = Pages.collect(
                count, offset, "title", page -> songs.list(new CatalogFilter(null, genre, null), page, call.userId()));
        return Element.of("songsByGenre")
                .list("song", list.stream().map(s -> Views.song("song", s)).toList());
    }

    /** Empty query (or {@code ""}, as some players send) lists everything, paged: a library sync. */
    private Element search(Call call) {
        String query = call.param("query");
        String term = query == null ? "" : query.strip();
        if (term.length() >= 2 && term.startsWith("\"") && term.endsWith("\"")) {
            term = term.substring(1, term.length() - 1).strip();
        }
        String q = term.isEmpty() ? null : term.substring(0, Math.min(MAX_TERM, term.length()));
        int artistCount = call.integer("artistCount", 20, 0, MAX);
        int albumCount = call.integer("albumCount", 20, 0, MAX);
        int songCount = call.integer("songCount", 20, 0, MAX);
        long user = call.userId();
        CatalogFilter filter = new CatalogFilter(null, null, q);
        List<Element> artistList = artistCount == 0
                ? List.of()
                : Pages.collect(
                                artistCount,
                                call.integer("artistOffset", 0, 0, Integer.MAX_VALUE),
                                page -> artists.list(q, page))
                        .stream()
                        .map(Views::artist)
                        .toList();
        List<Element> albumList = albumCount == 0
                ? List.of()
                : Pages.collect(
                                albumCount,
                                call.integer("albumOffset", 0, 0, Integer.MAX_VALUE),
                                page -> albums.list(filter, page))
                        .stream()
                        .map(a -> Views.album("album", a))
                        .toList();
        List<Element> songList = songCount == 0
                ? List.of()
                : Pages.collect(
                                songCount,
                                call.integer("songOffset", 0, 0, Integer.MAX_VALUE),
                                page -> songs.list(filter, page, user))
                        .stream()
                        .map(s -> Views.song("song", s))
                        .toList();
        return Element.of("searchResult3")
                .list("artist", artistList)
                .list("album", albumList)
                .list("song", songList);
    }

    private static CatalogFilter all() {
        return new CatalogFilter(null, null, null);
    }

    private List<AlbumView> views(List<Long> ids) {
        return albums.views(ids);
    }

    private List<Element> songViews(List<Long> ids, long userId) {
        return songs.views(ids, userId).stream().map(s -> Views.song("song", s)).toList();
    }
}
