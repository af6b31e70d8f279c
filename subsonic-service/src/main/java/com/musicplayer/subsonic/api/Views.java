package com.musicplayer.subsonic.api;

import com.musicplayer.catalog.album.AlbumView;
import com.musicplayer.catalog.artist.ArtistView;
import com.musicplayer.catalog.song.SongView;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The catalog's views as Subsonic elements (the ID3 shapes, and the folder shapes of getMusicDirectory). */
public final class Views {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "mp3", "audio/mpeg",
            "flac", "audio/flac",
            "ogg", "audio/ogg",
            "opus", "audio/ogg",
            "m4a", "audio/mp4",
            "wav", "audio/wav",
            "aiff", "audio/aiff",
            "aif", "audio/aiff");

    private Views() {}

    /** A song as {@code Child} under the given element name ({@code song}, {@code child}, {@code entry}). */
    public static Element song(String elementName, SongView song) {
        String suffix = suffix(song.fileUrl());
        Element child = Element.of(elementName)
                .attr("id", String.valueOf(song.id()))
                .attr("parent", Ids.album(song.albumId()))
                .attr("isDir", false)
                .attr("title", song.title())
                .attr("album", song.album())
                .attr("artist", song.artist())
                .attr("track", song.trackNumber())
                .attr("year", song.year())
                .attr("genre", song.genre())
                .attr("coverArt", coverArt(song.coverImageUrl(), song.albumId()))
                .attr("contentType", suffix == null ? null : CONTENT_TYPES.get(suffix))
                .attr("suffix", suffix)
                .attr("duration", song.duration())
                .attr("playCount", song.playCount())
                .attr("discNumber", song.discNumber())
                .attr(
                        "created",
                        song.createdAt() == null ? null : song.createdAt().toString())
                .attr("starred", song.likedAt() == null ? null : song.likedAt().toString())
                .attr("albumId", Ids.album(song.albumId()))
                .attr("artistId", Ids.artist(song.artistId()))
                .attr("type", "music")
                .attr("isVideo", false)
                .os(
                        "played",
                        song.lastPlayedAt() == null ? null : song.lastPlayedAt().toString())
                .os("mediaType", "song")
                .os("displayArtist", song.artist());
        if (song.genre() != null) {
            child.osList("genres", List.of(Element.of("genres").attr("name", song.genre())));
        }
        return child;
    }

    /** An album as {@code AlbumID3}. */
    public static Element album(String elementName, AlbumView album) {
        return Element.of(elementName)
                .attr("id", Ids.album(album.id()))
                .attr("name", album.title())
                .attr("artist", album.artist())
                .attr("artistId", Ids.artist(album.artistId()))
                .attr("coverArt", coverArt(album.coverImageUrl(), album.id()))
                .attr("songCount", (int) Math.min(Integer.MAX_VALUE, album.songCount()))
                .attr("duration", (int) Math.min(Integer.MAX_VALUE, album.duration()))
                .attr("created", album.createdAt().toString())
                .attr("year", album.year())
                .attr("genre", album.genre())
                .os("displayArtist", album.artist())
                .os("isCompilation", false);
    }

    /** An album as a folder ({@code Child} with isDir) of its artist's directory. */
    public static Element albumFolder(AlbumView album) {
        return Element.of("child")
                .attr("id", Ids.album(album.id()))
                .attr("parent", Ids.artist(album.artistId()))
                .attr("isDir", true)
                .attr("title", album.title())
                .attr("album", album.title())
                .attr("artist", album.artist())
                .attr("year", album.year())
                .attr("genre", album.genre())
                .attr("coverArt", coverArt(album.coverImageUrl(), album.id()))
                .attr("created", album.createdAt().toString())
                .attr("albumId", Ids.album(album.id()))
                .attr("artistId", Ids.artist(album.artistId()));
    }

    /** An artist as {@code ArtistID3}. */
    public static Element artist(ArtistView artist) {
        return Element.of("artist")
                .attr("id", Ids.artist(artist.id()))
                .attr("name", artist.name())
                .attr("albumCount", (int) Math.min(Integer.MAX_VALUE, artist.albumCount()))
                .os("sortName", artist.sortName());
    }

    /** An artist as the folder-shaped {@code Artist} of getIndexes and search results. */
    public static Element folderArtist(ArtistView artist) {
        return Element.of("artist").attr("id", Ids.artist(artist.id())).attr("name", artist.name());
    }

    /** A song's cover art id (its {@code coverArt}), or null. */
    public static String coverArt(SongView song) {
        return coverArt(song.coverImageUrl(), song.albumId());
    }

    /** The artwork id of a {@code /artwork/<id>} URL; else the album's cover by album id. */
    static String coverArt(String coverImageUrl, Long albumId) {
        if (coverImageUrl != null && coverImageUrl.startsWith("/artwork/")) {
            return coverImageUrl.substring("/artwork/".length());
        }
        return null;
    }

    static String suffix(String fileUrl) {
        if (fileUrl == null) {
            return null;
        }
        int slash = fileUrl.lastIndexOf('/');
        int dot = fileUrl.lastIndexOf('.');
        if (dot <= slash || fileUrl.length() - dot > 6) {
            return null;
        }
        return fileUrl.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The index letter of a name: its first letter, upper case; "#" for anything else. */
    public static String indexOf(String sortName) {
        if (sortName == null || sortName.isBlank()) {
            return "#";
        }
        int first = sortName.strip().codePointAt(0);
        return Character.isLetter(first) ? new String(Character.toChars(Character.toUpperCase(first))) : "#";
    }
}
