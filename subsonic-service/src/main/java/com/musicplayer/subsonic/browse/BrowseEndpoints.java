package com.musicplayer.subsonic.browse;

import com.musicplayer.catalog.album.AlbumView;
import com.musicplayer.catalog.album.Albums;
import com.musicplayer.catalog.album.TrackList;
import com.musicplayer.catalog.album.TrackView;
import com.musicplayer.catalog.artist.ArtistView;
import com.musicplayer.catalog.artist.Artists;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.subsonic.api.Call;
import com.musicplayer.subsonic.api.Element;
import com.musicplayer.subsonic.api.Endpoints;
import com.musicplayer.subsonic.api.Ids;
import com.musicplayer.subsonic.api.Pages;
import com.musicplayer.subsonic.api.SubsonicError;
import com.musicplayer.subsonic.api.Views;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Browsing: one music folder; by folder (getIndexes, getMusicDirectory: artist → album → songs) and by
 * ID3 tags (getArtists, getArtist, getAlbum, getSong), all from the catalog module's API.
 */
@Component
class BrowseEndpoints implements Endpoints {

    static final int FOLDER_ID = 1;
    private static final int ALL = 100_000;
    private static final String IGNORED_ARTICLES = "The El La Los Las Le Les";

    private final Artists artists;
    private final Albums albums;
    private final TrackList tracks;
    private final Songs songs;

    BrowseEndpoints(Artists artists, Albums albums, TrackList tracks, Songs songs) {
        this.artists = artists;
        this.albums = albums;
        this.tracks = tracks;
        this.songs = songs;
    }

    @Override
    public void register(Registry registry) {
        registry.add(
                "getMusicFolders",
                call -> Element.of("musicFolders")
                        .list(
                                "musicFolder",
                                List.of(Element.of("musicFolder")
                                        .attr("id", FOLDER_ID)
                                        .attr("name", "Music"))));
        registry.add(
                "getIndexes",
                call -> indexes("indexes", false)
                        .attr("lastModified", Instant.now().toEpochMilli()));
        registry.add("getArtists", call -> indexes("artists", true));
        registry.add("getMusicDirectory", this::directory);
        registry.add("getArtist", this::artist);
        registry.add("getAlbum", this::album);
        registry.add("getSong", call -> Views.song("song", songs.get(Ids.song(call.required("id")), call.userId())));
    }

    private Element indexes(String name, boolean id3) {
        List<ArtistView> all = Pages.collect(ALL, 0, "name", page -> artists.list(null, page));
        Map<String, List<Element>> byLetter = new LinkedHashMap<>();
        for (ArtistView artist : all) {
            byLetter.computeIfAbsent(Views.indexOf(artist.sortName()), k -> new ArrayList<>())
                    .add(id3 ? Views.artist(artist) : Views.folderArtist(artist));
        }
        List<Element> indexes = new ArrayList<>();
        byLetter.forEach((letter, members) ->
                indexes.add(Element.of("index").attr("name", letter).list("artist", members)));
        return Element.of(name).attr("ignoredArticles", IGNORED_ARTICLES).list("index", indexes);
    }

    private Element directory(Call call) {
        String id = call.required("id");
        if (Ids.isArtist(id)) {
            ArtistView artist = artists.get(Ids.artistId(id));
            List<Element> children = Pages.collect(ALL, 0, page -> albums.byArtist(artist.id(), page)).stream()
                    .map(Views::albumFolder)
                    .toList();
            return Element.of("directory")
                    .attr("id", id)
                    .attr("name", artist.name())
                    .list("child", children);
        }
        if (Ids.isAlbum(id)) {
            AlbumView album = albums.get(Ids.albumId(id));
            List<Element> children = albumTracks(album.id(), call.userId(), "child");
            return Element.of("directory")
                    .attr("id", id)
                    .attr("parent", Ids.artist(album.artistId()))
                    .attr("name", album.title())
                    .list("child", children);
        }
        throw SubsonicError.notFound("Directory " + id);
    }

    private Element artist(Call call) {
        ArtistView artist = artists.get(Ids.artistId(call.required("id")));
        List<Element> list = Pages.collect(ALL, 0, page -> albums.byArtist(artist.id(), page)).stream()
                .map(album -> Views.album("album", album))
                .toList();
        return Views.artist(artist).list("album", list);
    }

    private Element album(Call call) {
        AlbumView album = albums.get(Ids.albumId(call.required("id")));
        return Views.album("album", album).list("song", albumTracks(album.id(), call.userId(), "song"));
    }

    private List<Element> albumTracks(long albumId, long userId, String elementName) {
        List<TrackView> list = Pages.collect(ALL, 0, page -> tracks.list(albumId, userId, page));
        return list.stream().map(track -> Views.song(elementName, track.song())).toList();
    }
}
