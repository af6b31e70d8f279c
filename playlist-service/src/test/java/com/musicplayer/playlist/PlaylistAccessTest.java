package com.musicplayer.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.Http;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who sees and changes which playlist: two users and an admin, over HTTP. */
@PlaylistTest
class PlaylistAccessTest {

    @Autowired
    Api api;

    Api.Client ada;
    Api.Client bob;
    Api.Client root;
    long adaPrivate;
    long adaPublic;
    long song;

    @BeforeEach
    void givenAdaWithAPrivateAndAPublicPlaylist() {
        ada = api.user("ada");
        bob = api.user("bob");
        root = api.admin("root");
        song = api.song("Something", 180);
        adaPrivate = ada.playlist("ada private", false);
        adaPublic = ada.playlist("ada public", true);
    }

    List<Long> ids(Http.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().valueStream().map(p -> p.get("id").asLong()).toList();
    }

    @Test
    void createAnswers201WithLocationEtagAndThePlaylist() {
        Http.Response created = ada.send(
                "POST", "/playlists", "{\"name\":\"  Road trip \",\"description\":\"long drives\",\"public\":true}");

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).endsWith("/playlists/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.json().get("name").asText()).isEqualTo("Road trip");
        assertThat(created.json().get("owner_id").asLong()).isEqualTo(ada.id);
        assertThat(created.json().get("public").asBoolean()).isTrue();
        assertThat(created.json().get("song_count").asInt()).isZero();
        assertThat(created.json().get("duration").asLong()).isZero();
    }

    @Test
    void listShowsOwnAndPublicPlaylistsOnly() {
        long bobPrivate = bob.playlist("bob private", false);

        assertThat(ids(bob.get("/playlists"))).containsExactly(adaPublic, bobPrivate);
        assertThat(ids(ada.get("/playlists"))).containsExactly(adaPrivate, adaPublic);
        assertThat(ids(bob.get("/playlists?owner=me"))).containsExactly(bobPrivate);
        assertThat(ids(bob.get("/playlists?owner=" + ada.id))).containsExactly(adaPublic);
        assertThat(ids(root.get("/playlists"))).containsExactly(adaPublic);
        assertThat(bob.get("/playlists?owner=someone").status()).isEqualTo(400);
        assertThat(bob.get("/playlists").header("X-Total-Count")).isEqualTo("2");
    }

    @Test
    void someoneElsesPrivatePlaylistIs404ForEveryOperation() {
        String path = "/playlists/" + adaPrivate;

        assertThat(bob.get(path).status()).isEqualTo(404);
        assertThat(bob.get(path + "/songs").status()).isEqualTo(404);
        assertThat(bob.send("PUT", path, "{\"name\":\"mine\"}").status()).isEqualTo(404);
        assertThat(bob.send("DELETE", path, null).status()).isEqualTo(404);
        assertThat(bob.add(adaPrivate, List.of(song), null).status()).isEqualTo(404);
        assertThat(bob.remove(adaPrivate, List.of(1)).status()).isEqualTo(404);
        assertThat(bob.move(adaPrivate, 1, 1, 1).status()).isEqualTo(404);
        // the same answer as for a playlist that does not exist
        assertThat(bob.get("/playlists/999999").status()).isEqualTo(404);
        assertThat(api.version(adaPrivate)).isEqualTo(1);
    }

    @Test
    void someoneElsesPublicPlaylistIsReadableNotWritable() {
        ada.add(adaPublic, List.of(song), null);
        String path = "/playlists/" + adaPublic;

        assertThat(bob.get(path).status()).isEqualTo(200);
        assertThat(bob.get(path + "/songs").json().get(0).get("id").asLong()).isEqualTo(song);
        assertThat(bob.send("PUT", path, "{\"name\":\"mine\"}").status()).isEqualTo(403);
        assertThat(bob.send("DELETE", path, null).status()).isEqualTo(403);
        assertThat(bob.add(adaPublic, List.of(song), null).status()).isEqualTo(403);
        assertThat(bob.remove(adaPublic, List.of(1)).status()).isEqualTo(403);
        assertThat(bob.move(adaPublic, 1, 1, 1).status()).isEqualTo(403);
        assertThat(api.version(adaPublic)).isEqualTo(2);
        assertThat(api.entries(adaPublic)).containsExactly(song);
    }

    @Test
    void adminReadsRenamesAndDeletesAnyPlaylistButDoesNotEditItsSongs() {
        String path = "/playlists/" + adaPrivate;

        assertThat(root.get(path).status()).isEqualTo(200);
        Http.Response renamed = root.send("PUT", path, "{\"name\":\"renamed by admin\"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("renamed by admin");
        assertThat(renamed.json().get("owner_id").asLong()).isEqualTo(ada.id);
        assertThat(root.add(adaPrivate, List.of(song), null).status()).isEqualTo(403);
        assertThat(root.send("DELETE", path, null).status()).isEqualTo(204);
        assertThat(ada.get(path).status()).isEqualTo(404);
    }

    @Test
    void ownerUpdatesPartiallyAndDeletes() {
        String path = "/playlists/" + adaPrivate;

        Http.Response updated = ada.send("PUT", path, "{\"description\":\"for Sundays\",\"public\":true}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");
        assertThat(updated.json().get("name").asText()).isEqualTo("ada private");
        assertThat(updated.json().get("description").asText()).isEqualTo("for Sundays");
        assertThat(bob.get(path).status()).isEqualTo(200); // public now

        ada.add(adaPrivate, List.of(song, song), null);
        assertThat(ada.send("DELETE", path, null).status()).isEqualTo(204);
        assertThat(ada.get(path).status()).isEqualTo(404);
        assertThat(api.rows().count("select count(*) from playlist_entries where playlist_id = ?", adaPrivate))
                .isZero();
    }

    @Test
    void invalidBodiesAre422AndChangeNothing() {
        String path = "/playlists/" + adaPrivate;

        assertThat(ada.send("POST", "/playlists", "{\"name\":\"\"}").status()).isEqualTo(422);
        assertThat(ada.send("POST", "/playlists", "{\"name\":\"" + "x".repeat(101) + "\"}")
                        .status())
                .isEqualTo(422);
        assertThat(ada.send("PUT", path, "{\"description\":\"" + "x".repeat(501) + "\"}")
                        .status())
                .isEqualTo(422);
        assertThat(ada.send("PUT", path, "{\"name\":").status()).isEqualTo(400);
        assertThat(api.version(adaPrivate)).isEqualTo(1);
    }

    @Test
    void ownerVersionAndCountsCannotBeSetByTheClient() {
        Http.Response created = bob.send(
                "POST",
                "/playlists",
                "{\"name\":\"sneaky\",\"owner_id\":" + ada.id + ",\"version\":99,\"song_count\":5,\"id\":1}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("owner_id").asLong()).isEqualTo(bob.id);
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        assertThat(created.json().get("song_count").asInt()).isZero();

        Http.Response updated = ada.send(
                "PUT", "/playlists/" + adaPublic, "{\"owner_id\":" + bob.id + ",\"version\":99,\"duration\":5}");
        assertThat(updated.json().get("owner_id").asLong()).isEqualTo(ada.id);
        assertThat(updated.json().get("version").asInt()).isEqualTo(2);
        assertThat(updated.json().get("duration").asLong()).isZero();
    }

    @Test
    void withoutATokenEverythingIs401() {
        Api.Client nobody = api.anonymous();

        assertThat(nobody.get("/playlists").status()).isEqualTo(401);
        assertThat(nobody.get("/playlists/" + adaPublic).status()).isEqualTo(401);
        assertThat(nobody.get("/me/queue").status()).isEqualTo(401);
        assertThat(nobody.send("POST", "/playlists", "{\"name\":\"x\"}").status())
                .isEqualTo(401);
    }
}
