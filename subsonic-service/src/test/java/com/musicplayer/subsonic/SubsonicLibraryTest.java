package com.musicplayer.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.auth.apikey.ApiKeys;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.subsonic.Subsonic.Reply;
import com.musicplayer.subsonic.Subsonic.Style;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Browsing, lists, search, stars and scrobbles against a small catalog, over real HTTP. */
@SubsonicTest
class SubsonicLibraryTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiKeys keys;

    TestRows rows;
    long ada;
    long admin;
    Subsonic client;
    Subsonic adminClient;
    long kindOfBlue;
    long abbeyRoad;
    List<Long> songs = new ArrayList<>();

    @BeforeEach
    void givenACatalog() {
        rows = new TestRows(jdbc);
        ada = rows.user("ada");
        admin = rows.admin("root");
        client = new Subsonic(port, "ada", keys.create(ada, "phone").key(), Style.TOKEN);
        adminClient = new Subsonic(port, "root", keys.create(admin, "desk").key(), Style.API_KEY);
        kindOfBlue = rows.album("Kind of Blue", "Miles Davis", "Jazz");
        abbeyRoad = rows.album("Abbey Road", "The Beatles", "Rock");
        jdbc.update("UPDATE albums SET release_year = 1959 WHERE id = ?", kindOfBlue);
        jdbc.update("UPDATE albums SET release_year = 1969 WHERE id = ?", abbeyRoad);
        String[][] tracks = {
            {"So What", "Miles Davis", "Jazz"},
            {"Freddie Freeloader", "Miles Davis", "Jazz"},
            {"Come Together", "The Beatles", "Rock"},
            {"Something", "The Beatles", "Rock"},
            {"Here Comes the Sun", "The Beatles", "Rock"}
        };
        for (int i = 0; i < tracks.length; i++) {
            long song = rows.song(tracks[i][0], tracks[i][1], tracks[i][2]);
            songs.add(song);
            rows.track(i < 2 ? kindOfBlue : abbeyRoad, song, i < 2 ? i + 1 : i - 1);
        }
    }

    static List<String> values(JsonNode node, String field) {
        return node.findValuesAsString(field);
    }

    @Test
    void musicFoldersIsOneFolder() {
        Reply folders = client.json("getMusicFolders");

        assertThat(folders.ok()).isTrue();
        assertThat(folders.json().get("musicFolders").get("musicFolder")).hasSize(1);
    }

    @Test
    void artistsAreIndexedByLetterOfTheirSortName() {
        JsonNode artists = client.json("getArtists").json().get("artists");
        JsonNode indexes = client.json("getIndexes").json().get("indexes");

        assertThat(values(artists, "name")).contains("Miles Davis", "The Beatles");
        assertThat(artists.get("index").get(0).get("artist").get(0).get("id").asText())
                .startsWith("ar-");
        assertThat(indexes.has("lastModified")).isTrue();
        assertThat(values(indexes.get("index"), "name")).contains("Miles Davis", "The Beatles");
    }

    @Test
    void foldersGoArtistThenAlbumThenSongs() {
        String artistId =
                "ar-" + jdbc.queryForObject("SELECT artist_id FROM albums WHERE id = ?", Long.class, kindOfBlue);

        JsonNode artistDir =
                client.json("getMusicDirectory", "id", artistId).json().get("directory");
        String albumId = artistDir.get("child").get(0).get("id").asText();
        JsonNode albumDir =
                client.json("getMusicDirectory", "id", albumId).json().get("directory");

        assertThat(artistDir.get("name").asText()).isEqualTo("Miles Davis");
        assertThat(artistDir.get("child").get(0).get("isDir").asBoolean()).isTrue();
        assertThat(albumId).isEqualTo("al-" + kindOfBlue);
        assertThat(albumDir.get("child")).hasSize(2);
        assertThat(albumDir.get("child").get(0).get("title").asText()).isEqualTo("So What");
        assertThat(albumDir.get("child").get(0).get("isDir").asBoolean()).isFalse();
        assertThat(client.json("getMusicDirectory", "id", "42").errorCode()).isEqualTo(70);
    }

    @Test
    void artistAlbumAndSongById() {
        long artist = jdbc.queryForObject("SELECT artist_id FROM albums WHERE id = ?", Long.class, abbeyRoad);

        JsonNode artistNode =
                client.json("getArtist", "id", "ar-" + artist).json().get("artist");
        JsonNode album = client.json("getAlbum", "id", "al-" + abbeyRoad).json().get("album");
        JsonNode song = client.json("getSong", "id", String.valueOf(songs.get(3)))
                .json()
                .get("song");

        assertThat(artistNode.get("name").asText()).isEqualTo("The Beatles");
        assertThat(artistNode.get("album")).hasSize(1);
        assertThat(album.get("name").asText()).isEqualTo("Abbey Road");
        assertThat(album.get("songCount").asInt()).isEqualTo(3);
        assertThat(album.get("year").asInt()).isEqualTo(1969);
        assertThat(values(album.get("song"), "title"))
                .containsExactly("Come Together", "Something", "Here Comes the Sun");
        assertThat(song.get("title").asText()).isEqualTo("Something");
        assertThat(song.get("artistId").asText()).isEqualTo("ar-" + artist);
        assertThat(song.get("suffix").asText()).isEqualTo("mp3");
    }

    @Test
    void unknownIdsAre70AndMissingIdsAre10() {
        assertThat(client.json("getAlbum", "id", "al-999999").errorCode()).isEqualTo(70);
        assertThat(client.json("getArtist", "id", "ar-999999").errorCode()).isEqualTo(70);
        assertThat(client.json("getSong", "id", "999999").errorCode()).isEqualTo(70);
        assertThat(client.json("getSong", "id", "al-1").errorCode()).isEqualTo(70);
        assertThat(client.json("getAlbum").errorCode()).isEqualTo(10);
        assertThat(client.json("getAlbumList2").errorCode()).isEqualTo(10);
    }

    @Test
    void everyAlbumListType() {
        client.json("scrobble", "id", String.valueOf(songs.get(0)));
        client.json("star", "id", String.valueOf(songs.get(2)));

        assertThat(albumNames("alphabeticalByName")).containsExactly("Abbey Road", "Kind of Blue");
        assertThat(albumNames("alphabeticalByArtist")).containsExactly("Kind of Blue", "Abbey Road");
        assertThat(albumNames("newest")).containsExactlyInAnyOrder("Abbey Road", "Kind of Blue");
        assertThat(albumNames("random")).containsExactlyInAnyOrder("Abbey Road", "Kind of Blue");
        assertThat(albumNames("frequent")).containsExactly("Kind of Blue");
        assertThat(albumNames("recent")).containsExactly("Kind of Blue");
        assertThat(albumNames("starred")).containsExactly("Abbey Road");
        assertThat(albumNames("highest")).containsExactly("Abbey Road");
        assertThat(albumNames("byYear", "fromYear", "1960", "toYear", "1970")).containsExactly("Abbey Road");
        assertThat(albumNames("byYear", "fromYear", "1970", "toYear", "1950"))
                .containsExactly("Abbey Road", "Kind of Blue");
        assertThat(albumNames("byGenre", "genre", "Jazz")).containsExactly("Kind of Blue");
        assertThat(albumNames("alphabeticalByName", "size", "1", "offset", "1")).containsExactly("Kind of Blue");
        assertThat(client.json("getAlbumList2", "type", "byGenre").errorCode()).isEqualTo(10);
        assertThat(client.json("getAlbumList2", "type", "sideways").errorCode()).isEqualTo(0);
    }

    List<String> albumNames(String type, String... more) {
        Reply reply = client.json("getAlbumList2", Subsonic.with(new String[] {"type", type}, more));
        assertThat(reply.ok()).as(reply.text()).isTrue();
        return values(reply.json().get("albumList2"), "name");
    }

    @Test
    void randomSongsGenresAndSongsByGenre() {
        JsonNode random = client.json("getRandomSongs", "size", "3").json().get("randomSongs");
        JsonNode rock = client.json("getRandomSongs", "genre", "rock", "size", "50")
                .json()
                .get("randomSongs");
        JsonNode genres = client.json("getGenres").json().get("genres");
        JsonNode byGenre =
                client.json("getSongsByGenre", "genre", "Jazz").json().get("songsByGenre");

        assertThat(random.get("song")).hasSize(3);
        assertThat(values(rock, "genre")).hasSize(3).containsOnly("Rock");
        assertThat(values(genres.get("genre"), "value")).containsExactly("Jazz", "Rock");
        assertThat(genres.get("genre").get(1).get("songCount").asInt()).isEqualTo(3);
        assertThat(values(byGenre, "title")).containsExactlyInAnyOrder("So What", "Freddie Freeloader");
    }

    @Test
    void search3FindsByTermAndEmptyListsEverythingPaged() {
        JsonNode found = client.json("search3", "query", "come").json().get("searchResult3");
        JsonNode everything = client.json("search3", "query", "", "songCount", "2", "songOffset", "2")
                .json()
                .get("searchResult3");
        JsonNode quoted = client.json("search3", "query", "\"\"", "songCount", "500")
                .json()
                .get("searchResult3");

        assertThat(values(found.get("song"), "title")).containsExactlyInAnyOrder("Come Together", "Here Comes the Sun");
        assertThat(everything.get("song")).hasSize(2);
        assertThat(everything.get("song").get(0).get("id").asLong()).isEqualTo(songs.get(2));
        assertThat(everything.get("artist")).hasSize(2);
        assertThat(everything.get("album")).hasSize(2);
        assertThat(quoted.get("song")).hasSize(5);
    }

    @Test
    void aStarIsALikeAndUnstarTakesItBack() {
        Reply star = client.json("star", "id", String.valueOf(songs.get(0)), "id", String.valueOf(songs.get(1)));

        assertThat(star.ok()).as(star.text()).isTrue();
        assertThat(rows.count("SELECT COUNT(*) FROM user_likes WHERE user_id = ?", ada))
                .isEqualTo(2);
        JsonNode starred = client.json("getStarred2").json().get("starred2");
        assertThat(starred.get("song")).hasSize(2);
        assertThat(starred.get("song").get(0).has("starred")).isTrue();

        client.post("unstar", "id", String.valueOf(songs.get(0)));

        assertThat(rows.count("SELECT COUNT(*) FROM user_likes WHERE user_id = ?", ada))
                .isEqualTo(1);
        assertThat(client.json("star", "albumId", "al-" + kindOfBlue).ok()).isTrue();
        assertThat(client.json("star").errorCode()).isEqualTo(10);
        assertThat(client.json("star", "id", "999999").errorCode()).isEqualTo(70);
    }

    @Test
    void aStarredSongSaysWhenTheCallerStarredIt() {
        Instant liked = Instant.parse("2024-05-01T10:15:30Z");
        rows.like(ada, songs.get(3), liked);
        rows.like(admin, songs.get(4));

        JsonNode starred = client.json("getStarred2").json().get("starred2").get("song");
        JsonNode song = client.json("getSong", "id", String.valueOf(songs.get(3)))
                .json()
                .get("song");
        JsonNode notStarred = client.json("getSong", "id", String.valueOf(songs.get(4)))
                .json()
                .get("song");

        assertThat(starred).hasSize(1);
        assertThat(starred.get(0).get("starred").asText()).isEqualTo("2024-05-01T10:15:30Z");
        assertThat(song.get("starred").asText()).isEqualTo("2024-05-01T10:15:30Z");
        assertThat(notStarred.has("starred")).as("starred by another user only").isFalse();
    }

    @Test
    void aScrobbleIsAPlayAndNotASubmissionIsNowPlaying() {
        Reply play = client.json("scrobble", "id", String.valueOf(songs.get(0)), "time", "1700000000000");
        Reply now = client.json("scrobble", "id", String.valueOf(songs.get(1)), "submission", "false");

        assertThat(play.ok()).as(play.text()).isTrue();
        assertThat(now.ok()).isTrue();
        assertThat(rows.count("SELECT COUNT(*) FROM plays WHERE user_id = ? AND song_id = ?", ada, songs.get(0)))
                .isEqualTo(1);
        assertThat(rows.count("SELECT COUNT(*) FROM plays WHERE song_id = ?", songs.get(1)))
                .isZero();
        assertThat(rows.count("SELECT COUNT(*) FROM now_playing WHERE user_id = ? AND song_id = ?", ada, songs.get(1)))
                .isEqualTo(1);
        assertThat(client.json("getSong", "id", String.valueOf(songs.get(0)))
                        .json()
                        .get("song")
                        .get("playCount")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void getUserIsTheCallerOrForAdminsAnyone() {
        JsonNode me = client.json("getUser", "username", "ada").json().get("user");

        assertThat(me.get("username").asText()).isEqualTo("ada");
        assertThat(me.get("adminRole").asBoolean()).isFalse();
        assertThat(me.get("streamRole").asBoolean()).isTrue();
        assertThat(client.json("getUser", "username", "root").errorCode()).isEqualTo(50);
        assertThat(adminClient.json("getUser", "username", "ada").ok()).isTrue();
        assertThat(adminClient.json("getUser", "username", "nobody").errorCode())
                .isEqualTo(70);
    }

    @Test
    void scansAreForAdminsToStart() {
        JsonNode status = client.json("getScanStatus").json().get("scanStatus");

        assertThat(status.get("scanning").isBoolean()).isTrue();
        assertThat(client.json("startScan").errorCode()).isEqualTo(50);
        Reply started = adminClient.json("startScan");
        assertThat(started.ok()).as(started.text()).isTrue();
        assertThat(started.json().get("scanStatus").has("scanning")).isTrue();
    }

    @Test
    void infoCallsAnswerEmpty() {
        assertThat(client.json("getArtistInfo2", "id", "ar-1").ok()).isTrue();
        assertThat(client.json("getAlbumInfo2", "id", "al-1").ok()).isTrue();
        assertThat(client.json("getSimilarSongs2", "id", "ar-1")
                        .json()
                        .get("similarSongs2")
                        .get("song"))
                .isEmpty();
        assertThat(client.json("getTopSongs", "artist", "x")
                        .json()
                        .get("topSongs")
                        .get("song"))
                .isEmpty();
        assertThat(client.json("getLicense").json().get("license").get("valid").asBoolean())
                .isTrue();
    }
}
