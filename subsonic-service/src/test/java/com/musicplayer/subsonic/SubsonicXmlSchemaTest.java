package com.musicplayer.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.auth.apikey.ApiKeys;
import com.musicplayer.library.playlist.PlaylistRequests;
import com.musicplayer.library.playlist.PlaylistView;
import com.musicplayer.library.playlist.Playlists;
import com.musicplayer.platform.security.Caller;
import com.musicplayer.platform.security.Roles;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.subsonic.Subsonic.Reply;
import com.musicplayer.subsonic.Subsonic.Style;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

/**
 * Every XML answer of the minimum set, ok and failed, validates against the official Subsonic 1.16.1
 * XSD: as a legacy client gets it (untouched), and as an OpenSubsonic client gets it with only the
 * OpenSubsonic additions removed. (getOpenSubsonicExtensions and getLyricsBySongId answer elements
 * only OpenSubsonic defines: they are checked for shape in their own tests.)
 */
@SubsonicTest
class SubsonicXmlSchemaTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Playlists playlists;

    @Test
    void everyXmlAnswerValidatesAgainstTheSubsonicXsd() throws Exception {
        TestRows rows = new TestRows(jdbc);
        long admin = rows.admin("root");
        String key = keys.create(admin, "desk").key();
        long album = rows.album("Kind of Blue", "Miles Davis", "Jazz");
        jdbc.update("UPDATE albums SET release_year = 1959 WHERE id = ?", album);
        long song = rows.song("So What", "Miles Davis", "Jazz");
        rows.track(album, song, 1);
        rows.like(admin, song);
        long artist = jdbc.queryForObject("SELECT artist_id FROM albums WHERE id = ?", Long.class, album);
        String s = String.valueOf(song);
        long other = rows.user("other");
        PlaylistView shared =
                playlists.create(new Caller(other, Roles.USER), new PlaylistRequests.Create("Shared", "theirs", true));
        PlaylistView gone =
                playlists.create(new Caller(admin, Roles.ADMIN), new PlaylistRequests.Create("Gone", null, false));
        String mine = String.valueOf(playlists
                .create(new Caller(admin, Roles.ADMIN), new PlaylistRequests.Create("Mine", null, false))
                .id());
        String[][] calls = {
            {"ping"},
            {"getLicense"},
            {"getMusicFolders"},
            {"getIndexes"},
            {"getMusicDirectory", "id", "ar-" + artist},
            {"getMusicDirectory", "id", "al-" + album},
            {"getArtists"},
            {"getArtist", "id", "ar-" + artist},
            {"getAlbum", "id", "al-" + album},
            {"getSong", "id", s},
            {"getAlbumList2", "type", "random"},
            {"getAlbumList2", "type", "newest"},
            {"getAlbumList2", "type", "highest"},
            {"getAlbumList2", "type", "frequent"},
            {"getAlbumList2", "type", "recent"},
            {"getAlbumList2", "type", "alphabeticalByName"},
            {"getAlbumList2", "type", "alphabeticalByArtist"},
            {"getAlbumList2", "type", "starred"},
            {"getAlbumList2", "type", "byYear", "fromYear", "1950", "toYear", "1960"},
            {"getAlbumList2", "type", "byGenre", "genre", "Jazz"},
            {"getRandomSongs"},
            {"getGenres"},
            {"getSongsByGenre", "genre", "Jazz"},
            {"search3", "query", ""},
            {"search3", "query", "so"},
            {"getStarred2"},
            {"star", "id", s},
            {"unstar", "id", s},
            {"scrobble", "id", s},
            {"scrobble", "id", s, "submission", "false"},
            {"getUser", "username", "root"},
            {"getScanStatus"},
            {"startScan"},
            {"getArtistInfo2", "id", "ar-" + artist},
            {"getAlbumInfo2", "id", "al-" + album},
            {"getSimilarSongs2", "id", s},
            {"getTopSongs", "artist", "Miles Davis"},
            {"getPlaylists"},
            {"getPlayQueue"},
            {"createPlaylist", "name", "Road trip", "songId", s, "songId", s},
            {"createPlaylist", "playlistId", mine, "songId", s},
            {"updatePlaylist", "playlistId", mine, "name", "Renamed", "comment", "c", "public", "true", "songIdToAdd", s
            },
            {"updatePlaylist", "playlistId", mine, "songIndexToRemove", "0"},
            {"getPlaylist", "id", mine},
            {"getPlaylist", "id", String.valueOf(shared.id())},
            {"getPlaylists"},
            {"updatePlaylist", "playlistId", mine, "songIdToAdd", "999999"},
            {"deletePlaylist", "id", String.valueOf(gone.id())},
            {"savePlayQueue", "id", s, "id", s, "current", s, "position", "1500"},
            {"getPlayQueue"},
            {"savePlayQueue", "id", "999999"},
            {"getAlbum"},
            {"getAlbum", "id", "al-999999"},
            {"stream", "id", "999999"},
        };
        Subsonic openSubsonic = new Subsonic(port, "root", key, Style.TOKEN);
        List<String> checked = new ArrayList<>();
        for (String[] call : calls) {
            String[] params = java.util.Arrays.copyOfRange(call, 1, call.length);

            Reply modern = openSubsonic.xml(call[0], params);
            Reply legacy = openSubsonic.xml(call[0], Subsonic.with(params, "c", "DSub"));

            assertThat(modern.contentType()).as(call[0]).startsWith("text/xml");
            Document stripped = SubsonicSchema.openSubsonicStripped(SubsonicSchema.parse(modern.bytes()));
            validate(call[0] + " (OpenSubsonic, stripped)", stripped, modern.text());
            assertThat(legacy.text()).doesNotContain("openSubsonic=");
            validate(call[0] + " (legacy client)", SubsonicSchema.parse(legacy.bytes()), legacy.text());
            checked.add(call[0]);
        }
        System.out.printf("Subsonic XSD: %d calls, %d XML answers valid%n", checked.size(), checked.size() * 2);
    }

    private static void validate(String what, Document document, String text) {
        try {
            SubsonicSchema.validate(document);
        } catch (Exception invalid) {
            throw new AssertionError(
                    what + " is not valid Subsonic XML: " + invalid.getMessage() + "\n" + text, invalid);
        }
    }
}
