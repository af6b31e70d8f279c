package com.musicplayer.subsonic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.musicplayer.auth.apikey.ApiKeys;
import com.musicplayer.library.playlist.IfMatch;
import com.musicplayer.library.playlist.PlaylistEntries;
import com.musicplayer.library.playlist.PlaylistEntryView;
import com.musicplayer.library.playlist.PlaylistRequests;
import com.musicplayer.library.playlist.PlaylistView;
import com.musicplayer.library.playlist.Playlists;
import com.musicplayer.library.queue.PlayQueueRequest;
import com.musicplayer.library.queue.PlayQueueView;
import com.musicplayer.library.queue.PlayQueues;
import com.musicplayer.platform.security.Caller;
import com.musicplayer.platform.security.Roles;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.web.NotFoundException;
import com.musicplayer.platform.web.PageParams;
import com.musicplayer.subsonic.Subsonic.Reply;
import com.musicplayer.subsonic.Subsonic.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Playlists and the play queue over Subsonic are the library's (the ones /playlists and /me/queue
 * show): made here, read there and the other way round, under the same access rules, all or
 * nothing on a refused change.
 */
@SubsonicTest
class SubsonicPlaylistTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Playlists playlists;

    @Autowired
    PlaylistEntries entries;

    @Autowired
    PlayQueues queues;

    TestRows rows;
    long ada;
    long bob;
    long admin;
    Subsonic client;
    Subsonic bobClient;
    Subsonic adminClient;
    List<Long> songs = new ArrayList<>();

    @BeforeEach
    void givenUsersAndSongs() {
        rows = new TestRows(jdbc);
        ada = rows.user("ada");
        bob = rows.user("bob");
        admin = rows.admin("root");
        client = new Subsonic(port, "ada", keys.create(ada, "phone").key(), Style.TOKEN);
        bobClient = new Subsonic(port, "bob", keys.create(bob, "phone").key(), Style.API_KEY);
        adminClient = new Subsonic(port, "root", keys.create(admin, "desk").key(), Style.API_KEY);
        long album = rows.album("Kind of Blue", "Miles Davis", "Jazz");
        String[] titles = {"So What", "Freddie Freeloader", "Blue in Green", "All Blues"};
        for (int i = 0; i < titles.length; i++) {
            long song = rows.song(titles[i], "Miles Davis", "Jazz");
            jdbc.update("UPDATE songs SET duration = ? WHERE id = ?", 100 + i, song);
            rows.track(album, song, i + 1);
            songs.add(song);
        }
    }

    String s(int i) {
        return String.valueOf(songs.get(i));
    }

    Caller caller(long userId) {
        return new Caller(userId, userId == admin ? Roles.ADMIN : Roles.USER);
    }

    List<Long> librarySongs(long playlist, long userId) {
        return entries.songs(playlist, caller(userId), new PageParams(200, 0L, null, null)).items().stream()
                .map(PlaylistEntryView::song)
                .map(song -> song.id())
                .toList();
    }

    static List<String> ids(JsonNode list) {
        if (list == null) {
            return List.of();
        }
        return StreamSupport.stream(list.spliterator(), false)
                .map(node -> node.get("id").asText())
                .toList();
    }

    static JsonNode ok(Reply reply) {
        assertThat(reply.ok()).as(reply.text()).isTrue();
        return reply.json();
    }

    @Test
    void aPlaylistCreatedOverSubsonicIsTheLibrarysPlaylist() {
        JsonNode created = ok(client.json(
                        "createPlaylist", "name", " Road trip ", "songId", s(2), "songId", s(0), "songId", s(2)))
                .get("playlist");
        long id = Long.parseLong(created.get("id").asText());

        assertThat(created.get("name").asText()).isEqualTo("Road trip");
        assertThat(created.get("owner").asText()).isEqualTo("ada");
        assertThat(created.get("public").asBoolean()).isFalse();
        assertThat(created.get("songCount").asInt()).isEqualTo(3);
        assertThat(created.get("duration").asInt()).isEqualTo(102 + 100 + 102);
        assertThat(created.get("readonly").asBoolean()).isFalse();
        assertThat(ids(created.get("entry"))).containsExactly(s(2), s(0), s(2));
        // the same playlist for the library (what /playlists shows), same id, same songs in order
        PlaylistView library = playlists.get(id, caller(ada));
        assertThat(library.ownerId()).isEqualTo(ada);
        assertThat(library.name()).isEqualTo("Road trip");
        assertThat(library.songCount()).isEqualTo(3);
        assertThat(librarySongs(id, ada)).containsExactly(songs.get(2), songs.get(0), songs.get(2));
        assertThat(playlists
                        .list(caller(ada), "me", null, new PageParams(50, 0L, null, null))
                        .items())
                .extracting(PlaylistView::id)
                .containsExactly(id);
        assertThat(rows.count("SELECT COUNT(*) FROM playlist_entries WHERE playlist_id = ?", id))
                .isEqualTo(3);

        JsonNode listed = ok(client.json("getPlaylists")).get("playlists").get("playlist");
        assertThat(ids(listed)).containsExactly(String.valueOf(id));
        assertThat(listed.get(0).get("songCount").asInt()).isEqualTo(3);
        assertThat(listed.get(0).get("created").asText())
                .isEqualTo(library.createdAt().toString());
        assertThat(listed.get(0).get("changed").asText()).isNotBlank();
        JsonNode read = ok(client.json("getPlaylist", "id", String.valueOf(id))).get("playlist");
        assertThat(ids(read.get("entry"))).containsExactly(s(2), s(0), s(2));
        assertThat(read.get("entry").get(0).get("title").asText()).isEqualTo("Blue in Green");
    }

    @Test
    void aPlaylistMadeThroughTheLibraryShowsOverSubsonic() {
        PlaylistView made =
                playlists.create(caller(ada), new PlaylistRequests.Create("Made over REST", "for the road", true));
        entries.add(
                made.id(),
                caller(ada),
                IfMatch.ANY,
                new PlaylistRequests.AddSongs(List.of(songs.get(3), songs.get(1)), null));

        JsonNode read = ok(bobClient.json("getPlaylist", "id", String.valueOf(made.id())))
                .get("playlist");

        assertThat(read.get("name").asText()).isEqualTo("Made over REST");
        assertThat(read.get("comment").asText()).isEqualTo("for the road");
        assertThat(read.get("public").asBoolean()).isTrue();
        assertThat(read.get("owner").asText()).isEqualTo("ada");
        assertThat(read.get("readonly").asBoolean()).isTrue();
        assertThat(ids(read.get("entry"))).containsExactly(s(3), s(1));
        assertThat(ids(ok(bobClient.json("getPlaylists")).get("playlists").get("playlist")))
                .containsExactly(String.valueOf(made.id()));
    }

    @Test
    void createWithPlaylistIdReplacesTheSongs() {
        long id = Long.parseLong(ok(client.json("createPlaylist", "name", "Mix", "songId", s(0), "songId", s(1)))
                .get("playlist")
                .get("id")
                .asText());

        JsonNode replaced = ok(client.post(
                        "createPlaylist",
                        "f",
                        "json",
                        "playlistId",
                        String.valueOf(id),
                        "songId",
                        s(3),
                        "songId",
                        s(3),
                        "songId",
                        s(2)))
                .get("playlist");

        assertThat(ids(replaced.get("entry"))).containsExactly(s(3), s(3), s(2));
        assertThat(librarySongs(id, ada)).containsExactly(songs.get(3), songs.get(3), songs.get(2));
        assertThat(playlists.get(id, caller(ada)).duration()).isEqualTo(103 + 103 + 102);

        ok(client.json("createPlaylist", "playlistId", String.valueOf(id)));
        assertThat(librarySongs(id, ada)).isEmpty();
        assertThat(playlists.get(id, caller(ada)).songCount()).isZero();
    }

    @Test
    void updateRenamesRemovesByZeroBasedIndexThenAdds() {
        long id = Long.parseLong(
                ok(client.json("createPlaylist", "name", "Mix", "songId", s(0), "songId", s(1), "songId", s(2)))
                        .get("playlist")
                        .get("id")
                        .asText());

        ok(client.json(
                "updatePlaylist",
                "playlistId",
                String.valueOf(id),
                "name",
                "Renamed",
                "comment",
                "late night",
                "public",
                "true",
                "songIndexToRemove",
                "0",
                "songIndexToRemove",
                "2",
                "songIdToAdd",
                s(3),
                "songIdToAdd",
                s(0)));

        PlaylistView library = playlists.get(id, caller(ada));
        assertThat(library.name()).isEqualTo("Renamed");
        assertThat(library.description()).isEqualTo("late night");
        assertThat(library.isPublic()).isTrue();
        assertThat(librarySongs(id, ada)).containsExactly(songs.get(1), songs.get(3), songs.get(0));
        JsonNode read = ok(client.json("getPlaylist", "id", String.valueOf(id))).get("playlist");
        assertThat(read.get("name").asText()).isEqualTo("Renamed");
        assertThat(read.get("songCount").asInt()).isEqualTo(3);
        assertThat(ids(read.get("entry"))).containsExactly(s(1), s(3), s(0));

        ok(client.json("updatePlaylist", "playlistId", String.valueOf(id), "public", "false"));
        assertThat(playlists.get(id, caller(ada)).isPublic()).isFalse();
        assertThat(playlists.get(id, caller(ada)).name()).isEqualTo("Renamed");
    }

    @Test
    void aRefusedChangeChangesNothing() {
        long id = Long.parseLong(ok(client.json("createPlaylist", "name", "Mix", "songId", s(0), "songId", s(1)))
                .get("playlist")
                .get("id")
                .asText());
        int version = playlists.get(id, caller(ada)).version();

        Reply unknownSong = client.json(
                "updatePlaylist",
                "playlistId",
                String.valueOf(id),
                "name",
                "Other",
                "songIndexToRemove",
                "0",
                "songIdToAdd",
                "999999");
        Reply badSongId = client.json("updatePlaylist", "playlistId", String.valueOf(id), "songIdToAdd", "al-1");
        Reply pastTheEnd = client.json(
                "updatePlaylist", "playlistId", String.valueOf(id), "name", "Other", "songIndexToRemove", "2");
        Reply notAnIndex = client.json("updatePlaylist", "playlistId", String.valueOf(id), "songIndexToRemove", "-1");
        Reply replaceUnknown = client.json("createPlaylist", "playlistId", String.valueOf(id), "songId", "999999");
        Reply createUnknown = client.json("createPlaylist", "name", "Never", "songId", s(0), "songId", "999999");
        Reply noName = client.json("createPlaylist", "songId", s(0));
        Reply blankName = client.json("createPlaylist", "name", "   ");
        Reply longName = client.json("createPlaylist", "name", "x".repeat(101));
        Reply noId = client.json("updatePlaylist", "name", "x");

        assertThat(unknownSong.errorCode()).isEqualTo(70);
        assertThat(badSongId.errorCode()).isEqualTo(70);
        assertThat(pastTheEnd.errorCode()).isZero();
        assertThat(notAnIndex.errorCode()).isZero();
        assertThat(replaceUnknown.errorCode()).isEqualTo(70);
        assertThat(createUnknown.errorCode()).isEqualTo(70);
        assertThat(noName.errorCode()).isEqualTo(10);
        assertThat(blankName.errorCode()).isZero();
        assertThat(longName.errorCode()).isZero();
        assertThat(noId.errorCode()).isEqualTo(10);
        PlaylistView after = playlists.get(id, caller(ada));
        assertThat(after.name()).isEqualTo("Mix");
        assertThat(after.version()).isEqualTo(version);
        assertThat(librarySongs(id, ada)).containsExactly(songs.get(0), songs.get(1));
        assertThat(rows.count("SELECT COUNT(*) FROM playlists")).isEqualTo(1);
    }

    @Test
    void othersPrivatePlaylistsDoNotExistAndTheirPublicOnesAreReadOnly() {
        PlaylistView secret = playlists.create(caller(bob), new PlaylistRequests.Create("Secret", null, false));
        PlaylistView shared = playlists.create(caller(bob), new PlaylistRequests.Create("Shared", null, true));
        entries.add(shared.id(), caller(bob), IfMatch.ANY, new PlaylistRequests.AddSongs(List.of(songs.get(0)), null));
        String secretId = String.valueOf(secret.id());
        String sharedId = String.valueOf(shared.id());

        assertThat(ids(ok(client.json("getPlaylists")).get("playlists").get("playlist")))
                .containsExactly(sharedId);
        assertThat(client.json("getPlaylist", "id", secretId).errorCode()).isEqualTo(70);
        assertThat(client.json("updatePlaylist", "playlistId", secretId, "name", "Mine")
                        .errorCode())
                .isEqualTo(70);
        assertThat(client.json("deletePlaylist", "id", secretId).errorCode()).isEqualTo(70);
        assertThat(client.json("createPlaylist", "playlistId", secretId, "songId", s(1))
                        .errorCode())
                .isEqualTo(70);

        assertThat(ok(client.json("getPlaylist", "id", sharedId))
                        .get("playlist")
                        .get("name")
                        .asText())
                .isEqualTo("Shared");
        assertThat(client.json("updatePlaylist", "playlistId", sharedId, "name", "Mine")
                        .errorCode())
                .isEqualTo(50);
        assertThat(client.json("updatePlaylist", "playlistId", sharedId, "songIdToAdd", s(1))
                        .errorCode())
                .isEqualTo(50);
        assertThat(client.json("updatePlaylist", "playlistId", sharedId, "songIndexToRemove", "0")
                        .errorCode())
                .isEqualTo(50);
        assertThat(client.json("createPlaylist", "playlistId", sharedId, "songId", s(1))
                        .errorCode())
                .isEqualTo(50);
        assertThat(client.json("deletePlaylist", "id", sharedId).errorCode()).isEqualTo(50);
        assertThat(client.json("getPlaylist", "id", "999999").errorCode()).isEqualTo(70);
        assertThat(client.json("getPlaylist", "id", "pl-1").errorCode()).isEqualTo(70);
        assertThat(client.json("getPlaylist").errorCode()).isEqualTo(10);

        PlaylistView after = playlists.get(shared.id(), caller(bob));
        assertThat(after.name()).isEqualTo("Shared");
        assertThat(after.version()).isEqualTo(shared.version() + 1);
        assertThat(librarySongs(shared.id(), bob)).containsExactly(songs.get(0));
        assertThat(playlists.get(secret.id(), caller(bob)).name()).isEqualTo("Secret");
    }

    @Test
    void onlyAdminsListAnotherUsersPlaylists() {
        playlists.create(caller(bob), new PlaylistRequests.Create("Secret", null, false));
        PlaylistView shared = playlists.create(caller(bob), new PlaylistRequests.Create("Shared", null, true));
        PlaylistView mine = playlists.create(caller(ada), new PlaylistRequests.Create("Mine", null, false));

        assertThat(client.json("getPlaylists", "username", "bob").errorCode()).isEqualTo(50);
        assertThat(ids(ok(client.json("getPlaylists", "username", "ada"))
                        .get("playlists")
                        .get("playlist")))
                .containsExactly(String.valueOf(mine.id()));
        // an admin lists a user's playlists as /playlists?owner=<id> does: the public ones
        JsonNode bobs = ok(adminClient.json("getPlaylists", "username", "bob"))
                .get("playlists")
                .get("playlist");
        assertThat(ids(bobs)).containsExactly(String.valueOf(shared.id()));
        assertThat(bobs.get(0).get("owner").asText()).isEqualTo("bob");
        assertThat(adminClient.json("getPlaylists", "username", "nobody").errorCode())
                .isEqualTo(70);
        assertThat(ok(adminClient.json("getPlaylists")).get("playlists").get("playlist"))
                .hasSize(1);
    }

    @Test
    void deleteRemovesThePlaylistAndItsSongs() {
        long id = Long.parseLong(ok(client.json("createPlaylist", "name", "Mix", "songId", s(0)))
                .get("playlist")
                .get("id")
                .asText());

        assertThat(client.json("deletePlaylist").errorCode()).isEqualTo(10);
        ok(client.json("deletePlaylist", "id", String.valueOf(id)));

        assertThatThrownBy(() -> playlists.get(id, caller(ada))).isInstanceOf(NotFoundException.class);
        assertThat(rows.count("SELECT COUNT(*) FROM playlist_entries WHERE playlist_id = ?", id))
                .isZero();
        assertThat(client.json("deletePlaylist", "id", String.valueOf(id)).errorCode())
                .isEqualTo(70);
        assertThat(client.json("getPlaylists").json().get("playlists").get("playlist"))
                .isEmpty();
    }

    @Test
    void theAdminRenamesAndDeletesAnyPlaylistAsOverRest() {
        PlaylistView secret = playlists.create(caller(bob), new PlaylistRequests.Create("Secret", null, false));
        String id = String.valueOf(secret.id());

        assertThat(ok(adminClient.json("getPlaylist", "id", id))
                        .get("playlist")
                        .get("readonly")
                        .asBoolean())
                .isTrue();
        ok(adminClient.json("updatePlaylist", "playlistId", id, "name", "Renamed by root"));
        assertThat(adminClient
                        .json("updatePlaylist", "playlistId", id, "songIdToAdd", s(0))
                        .errorCode())
                .isEqualTo(50);
        assertThat(playlists.get(secret.id(), caller(bob)).name()).isEqualTo("Renamed by root");
        ok(adminClient.json("deletePlaylist", "id", id));
        assertThatThrownBy(() -> playlists.get(secret.id(), caller(bob))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePlayQueueIsTheLibrarysQueue() {
        Reply never = client.json("getPlayQueue");
        assertThat(never.ok()).isTrue();
        assertThat(never.json().get("playQueue")).isNull();

        ok(client.post(
                "savePlayQueue",
                "f",
                "json",
                "id",
                s(0),
                "id",
                s(2),
                "id",
                s(1),
                "id",
                s(2),
                "current",
                s(2),
                "position",
                "61500"));

        PlayQueueView library = queues.get(ada);
        assertThat(library.songIds()).containsExactly(songs.get(0), songs.get(2), songs.get(1), songs.get(2));
        assertThat(library.currentIndex()).isEqualTo(1); // the first occurrence of current
        assertThat(library.positionMs()).isEqualTo(61_500);
        assertThat(library.changedBy()).isEqualTo("tests");
        JsonNode queue = ok(client.json("getPlayQueue", "c", "other-player")).get("playQueue");
        assertThat(queue.get("current").asText()).isEqualTo(s(2));
        assertThat(queue.get("position").asLong()).isEqualTo(61_500);
        assertThat(queue.get("username").asText()).isEqualTo("ada");
        assertThat(queue.get("changedBy").asText()).isEqualTo("tests");
        assertThat(queue.get("changed").asText()).isEqualTo(library.updatedAt().toString());
        assertThat(ids(queue.get("entry"))).containsExactly(s(0), s(2), s(1), s(2));
        // bob's queue is his own
        assertThat(bobClient.json("getPlayQueue").json().get("playQueue")).isNull();
    }

    @Test
    void aQueueSavedOverRestIsReadOverSubsonicAndARefusedSaveKeepsIt() {
        queues.save(ada, new PlayQueueRequest(List.of(songs.get(3), songs.get(1)), 1, 5_000L, "web"));

        JsonNode queue = ok(client.json("getPlayQueue")).get("playQueue");
        assertThat(queue.get("current").asText()).isEqualTo(s(1));
        assertThat(queue.get("changedBy").asText()).isEqualTo("web");
        assertThat(ids(queue.get("entry"))).containsExactly(s(3), s(1));

        assertThat(client.json("savePlayQueue", "id", s(0), "id", "999999").errorCode())
                .isEqualTo(70);
        assertThat(client.json("savePlayQueue", "id", s(0), "id", "ar-1").errorCode())
                .isEqualTo(70);
        assertThat(client.json("savePlayQueue", "id", s(0), "current", s(1)).errorCode())
                .isZero();
        assertThat(client.json("savePlayQueue", "id", s(0), "position", "-5").errorCode())
                .isZero();
        assertThat(client.json("savePlayQueue", "id", s(0), "position", "soon").errorCode())
                .isZero();
        assertThat(queues.get(ada).songIds()).containsExactly(songs.get(3), songs.get(1));
        assertThat(queues.get(ada).changedBy()).isEqualTo("web");

        ok(client.json("savePlayQueue"));
        assertThat(queues.get(ada).songIds()).isEmpty();
        JsonNode empty = ok(client.json("getPlayQueue")).get("playQueue");
        assertThat(empty.get("current")).isNull();
        assertThat(empty.get("entry")).isEmpty();
    }
}
