package com.musicplayer.system.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.Http;
import com.musicplayer.system.SystemUnderTest;
import com.musicplayer.system.SystemUnderTest.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint, called by nobody, by two ordinary users and by an admin: each caller gets
 * exactly what DESIGN §5 grants (P public, A any token, O the user themself or an admin,
 * D admin, S service token only), and no user sees another user's private data.
 */
class AuthorizationMatrixTest {

    enum Access {
        P,
        A,
        O,
        D,
        S
    }

    record Row(String method, Supplier<String> path, String body, Access access) {}

    final SystemUnderTest system = SystemUnderTest.get();
    final List<String> leaks = new ArrayList<>();
    final List<String> wronglyRefused = new ArrayList<>();
    int calls;
    Account[] playlistCallers;

    @Test
    void everyCallerGetsExactlyWhatTheDesignGrants() {
        Account admin = system.admin();
        Account a = system.newUser();
        Account b = system.newUser();
        long song = system.newSong(admin.token());
        long album = system.newAlbum(admin.token());
        long artist = system.artistOf("albums", album, admin.token());
        String songBody =
                "{\"title\":\"T\",\"artist\":\"A\",\"genre\":\"G\",\"file_url\":\"https://example.com/t.mp3\"}";
        String albumBody = "{\"title\":\"T\",\"artist\":\"A\",\"genre\":\"G\"}";

        List<Row> rows = List.of(
                new Row("GET", () -> "/auth/verify", null, Access.A),
                new Row("GET", () -> "/auth/api-keys", null, Access.A),
                new Row("POST", () -> "/auth/api-keys", "{\"name\":\"matrix\"}", Access.A),
                new Row("GET", () -> "/users", null, Access.A),
                new Row("GET", () -> "/users/me", null, Access.A),
                new Row("GET", () -> "/users/" + b.id(), null, Access.A),
                new Row("PUT", () -> "/users/" + b.id(), "{\"last_name\":\"Changed\"}", Access.O),
                new Row("DELETE", () -> "/users/" + system.newUser().id(), null, Access.D),
                new Row("GET", () -> "/users/email/" + b.email(), null, Access.S),
                new Row("GET", () -> "/albums", null, Access.P),
                new Row("GET", () -> "/albums/" + album, null, Access.A),
                new Row("GET", () -> "/albums/" + album + "/songs", null, Access.A),
                new Row("POST", () -> "/albums", albumBody, Access.D),
                new Row("PUT", () -> "/albums/" + album, "{\"genre\":\"Jazz\"}", Access.D),
                new Row("PUT", () -> "/albums/" + album + "/songs/" + song, "{}", Access.D),
                new Row("DELETE", () -> "/albums/" + album + "/songs/" + song, null, Access.D),
                new Row("DELETE", () -> "/albums/" + system.newAlbum(admin.token()), null, Access.D),
                new Row("GET", () -> "/artists", null, Access.P),
                new Row("GET", () -> "/artists/" + artist, null, Access.A),
                new Row("GET", () -> "/artists/" + artist + "/albums", null, Access.A),
                new Row("GET", () -> "/artists/" + artist + "/songs", null, Access.A),
                new Row("GET", () -> "/search?q=song", null, Access.P),
                new Row("GET", () -> "/songs", null, Access.P),
                new Row("GET", () -> "/songs/" + song, null, Access.A),
                new Row("POST", () -> "/songs", songBody, Access.D),
                new Row("PUT", () -> "/songs/" + song, "{\"genre\":\"Jazz\"}", Access.D),
                new Row("DELETE", () -> "/songs/" + system.newSong(admin.token()), null, Access.D),
                new Row("PUT", () -> "/songs/" + song + "/like", null, Access.A),
                new Row("DELETE", () -> "/songs/" + song + "/like", null, Access.A),
                new Row("GET", () -> "/songs/liked", null, Access.A),
                new Row("POST", () -> "/songs/" + song + "/plays", "{\"submission\":true}", Access.A),
                new Row("GET", () -> "/me/plays", null, Access.A),
                new Row("GET", () -> "/me/now-playing", null, Access.A),
                new Row("GET", () -> "/songs/top?period=week", null, Access.A),
                new Row("GET", () -> "/songs/" + song + "/lyrics", null, Access.A),
                new Row("GET", () -> "/songs/" + song + "/stream-url", null, Access.A),
                new Row("GET", () -> "/library/scans/current", null, Access.A),
                // admins only: uploads need an admin or a user an admin allowed (neither A nor B is)
                new Row("POST", () -> "/uploads", null, Access.D),
                new Row("GET", () -> "/playlists", null, Access.A),
                new Row("POST", () -> "/playlists", "{\"name\":\"mine\"}", Access.A),
                new Row("GET", () -> "/me/queue", null, Access.A),
                new Row("PUT", () -> "/me/queue", "{\"song_ids\":[" + song + "]}", Access.A));

        for (Row row : rows) {
            // the admin goes last: a DELETE it is allowed would remove the target for the others
            check(row, "anonymous", null, false);
            check(row, "user A", a.token(), row.access() == Access.P || row.access() == Access.A);
            check(row, "user B (the owner)", b.token(), row.access() != Access.D && row.access() != Access.S);
            check(row, "admin", admin.token(), row.access() != Access.S);
        }

        // object level: other people's private data
        Http.Response bKey = system.call("POST", "/auth/api-keys", b.token(), "{\"name\":\"b's phone\"}");
        Http.Response keysSeenByA = system.call("GET", "/auth/api-keys", a.token(), null);
        Http.Response bKeyRevokedByA =
                system.call("DELETE", "/auth/api-keys/" + bKey.json().get("id").asLong(), a.token(), null);
        Http.Response bKeyRevokedByAdmin =
                system.call("DELETE", "/auth/api-keys/" + bKey.json().get("id").asLong(), admin.token(), null);
        calls += 4;
        if (keysSeenByA.body().contains("b's phone")
                || bKeyRevokedByA.status() != 404
                || bKeyRevokedByAdmin.status() != 404) {
            leaks.add("B's API key is seen or revoked by another: " + keysSeenByA.body() + " | "
                    + bKeyRevokedByA.status() + " | " + bKeyRevokedByAdmin.status());
        }
        assertThat(system.call(
                                "DELETE",
                                "/auth/api-keys/" + bKey.json().get("id").asLong(),
                                b.token(),
                                null)
                        .status())
                .isEqualTo(204);
        Http.Response bSeenByA = system.call("GET", "/users/" + b.id(), a.token(), null);
        calls++;
        if (bSeenByA.json().has("email")) {
            leaks.add("A sees B's email on GET /users/{B}");
        }
        Http.Response listSeenByA = system.call("GET", "/users?limit=200", a.token(), null);
        calls++;
        if (listSeenByA.body().contains(b.email())) {
            leaks.add("A sees B's email in GET /users");
        }
        assertThat(system.call("GET", "/users/" + b.id(), admin.token(), null)
                        .json()
                        .get("email")
                        .asText())
                .isEqualTo(b.email());
        assertThat(system.call("PUT", "/songs/" + song + "/like", a.token(), null)
                        .status())
                .isEqualTo(204);
        Http.Response bLikes = system.call("GET", "/songs/liked", b.token(), null);
        Http.Response songForB = system.call("GET", "/songs/" + song, b.token(), null);
        calls += 2;
        if (bLikes.json().size() != 0 || songForB.json().get("liked").asBoolean()) {
            leaks.add("A's like shows up as B's");
        }
        // plays: A's history, now playing and last play are A's alone; the count is everyone's
        Account c = system.newUser();
        long played = system.newSong(admin.token());
        assertThat(system.call("POST", "/songs/" + played + "/plays", a.token(), "{\"submission\":true}")
                        .status())
                .isEqualTo(204);
        assertThat(system.call("POST", "/songs/" + played + "/plays", a.token(), "{\"submission\":false}")
                        .status())
                .isEqualTo(204);
        Http.Response cPlays = system.call("GET", "/me/plays", c.token(), null);
        Http.Response cNowPlaying = system.call("GET", "/me/now-playing", c.token(), null);
        Http.Response playedForC = system.call("GET", "/songs/" + played, c.token(), null);
        calls += 3;
        if (cPlays.json().size() != 0
                || cNowPlaying.status() != 204
                || playedForC.json().has("last_played_at")) {
            leaks.add("A's plays show up as C's: " + cPlays.body() + " | " + cNowPlaying.status() + " | "
                    + playedForC.body());
        }
        assertThat(playedForC.json().get("play_count").asInt()).isEqualTo(1);
        Http.Response verifyA = system.call("GET", "/auth/verify", a.token(), null);
        assertThat(verifyA.json().get("sub").asText()).isEqualTo(String.valueOf(a.id()));

        int playlistCalls = playlists(a, b, admin, song);

        System.out.printf(
                "Authorization matrix: %d playlist calls on two users' private and public playlists%n", playlistCalls);
        System.out.printf(
                "Authorization matrix: %d endpoints x 4 callers, %d calls, %d leaks, %d wrongly refused%n",
                rows.size(), calls, leaks.size(), wronglyRefused.size());
        assertThat(leaks).isEmpty();
        assertThat(wronglyRefused).isEmpty();
    }

    /**
     * B's private and public playlists, called by nobody, by A, by B (the owner) and by an admin:
     * someone else's private playlist is a 404 (not even its existence shows), a public one is
     * readable (403 to change it); an admin reads, renames and deletes any, but leaves its songs to
     * the owner.
     */
    private int playlists(Account a, Account b, Account admin, long song) {
        int before = calls;
        playlistCallers = new Account[] {a, b, admin};
        for (boolean isPublic : new boolean[] {false, true}) {
            long id = newPlaylist(b, isPublic);
            String p = "/playlists/" + id;
            int hidden = isPublic ? 403 : 404;
            int readable = isPublic ? 200 : 404;
            String add = "{\"song_ids\":[" + song + "]}";
            expect("GET", p, null, 401, readable, 200, 200);
            expect("GET", p + "/songs", null, 401, readable, 200, 200);
            expect("PUT", p, "{\"description\":\"x\"}", 401, hidden, 200, 200);
            expect("POST", p + "/songs", add, 401, hidden, 200, 403);
            expect("POST", p + "/songs/move", "{\"from\":1,\"to\":1}", 401, hidden, 200, 403);
            expect("DELETE", p + "/songs", "{\"positions\":[1]}", 401, hidden, 200, 403);
            // DELETE: a fresh playlist of B's for each caller
            for (Account caller : new Account[] {null, a, b, admin}) {
                String fresh = "/playlists/" + newPlaylist(b, isPublic);
                int wanted = caller == null ? 401 : caller == a ? hidden : 204;
                one("DELETE", fresh, null, caller, wanted);
            }
            Http.Response listA = system.call("GET", "/playlists?limit=200", a.token(), null);
            Http.Response ofB = system.call("GET", "/playlists?limit=200&owner=" + b.id(), a.token(), null);
            calls += 2;
            boolean listed =
                    listA.json().valueStream().anyMatch(x -> x.get("id").asLong() == id);
            boolean listedOfB =
                    ofB.json().valueStream().anyMatch(x -> x.get("id").asLong() == id);
            if (listed != isPublic || listedOfB != isPublic) {
                leaks.add("A's lists of playlists show B's " + (isPublic ? "public" : "private") + " one: " + listed
                        + ", " + listedOfB);
            }
        }
        // B's queue is B's alone
        one("PUT", "/me/queue", "{\"song_ids\":[" + song + "],\"position_ms\":5}", b, 200);
        Http.Response queueOfA = system.call("GET", "/me/queue", a.token(), null);
        calls++;
        // (A saved a queue of its own in the matrix above, with no position)
        if (queueOfA.json().get("position_ms").asLong() == 5) {
            leaks.add("B's play queue shows up as A's: " + queueOfA.body());
        }
        return calls - before;
    }

    private long newPlaylist(Account owner, boolean isPublic) {
        Http.Response created =
                system.call("POST", "/playlists", owner.token(), "{\"name\":\"p\",\"public\":" + isPublic + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** The call by nobody, A, B (the owner) and the admin, in that order, and the status each must get. */
    private void expect(String method, String path, String body, int anonymous, int forA, int forB, int forAdmin) {
        one(method, path, body, null, anonymous);
        one(method, path, body, playlistCallers[0], forA);
        one(method, path, body, playlistCallers[1], forB);
        one(method, path, body, playlistCallers[2], forAdmin);
    }

    private void one(String method, String path, String body, Account caller, int wanted) {
        Http.Response response = system.call(method, path, caller == null ? null : caller.token(), body);
        calls++;
        String what = (caller == null ? "anonymous" : "user " + caller.id()) + ": " + method + " " + path + " -> "
                + response.status() + " (wanted " + wanted + ") " + response.body();
        if (response.status() != wanted) {
            (wanted < 300 ? wronglyRefused : leaks).add(what);
        }
        assertThat(response.status()).as(what).isLessThan(500);
    }

    private void check(Row row, String who, String token, boolean allowed) {
        if (row.access() == Access.P) {
            allowed = true;
        }
        String path = row.path().get();
        Http.Response response = system.call(row.method(), path, token, row.body());
        calls++;
        int status = response.status();
        String what = who + ": " + row.method() + " " + path + " -> " + status + " " + response.body();
        if (allowed && (status == 401 || status == 403)) {
            wronglyRefused.add(what);
        } else if (!allowed && status != (token == null ? 401 : 403)) {
            leaks.add(what);
        }
        assertThat(status).as(what).isLessThan(500);
    }
}
