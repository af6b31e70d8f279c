package com.musicplayer.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.catalog.song.SongRequests;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.platform.test.Http;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Positions stay 1..n after every insert, removal and move; duplicates; the cap; unknown songs. */
@PlaylistTest
class PlaylistEntriesTest {

    @Autowired
    Api api;

    @Autowired
    Songs songs;

    Api.Client ada;
    long playlist;
    long a;
    long b;
    long c;
    long d;
    long e;

    @BeforeEach
    void givenAdaWithAnEmptyPlaylistAndFiveSongs() {
        ada = api.user("ada");
        playlist = ada.playlist("mix", false);
        a = api.song("a", 100);
        b = api.song("b", 200);
        c = api.song("c", 300);
        d = api.song("d", 400);
        e = api.song("e", 500);
    }

    void given(long... songIds) {
        Http.Response added = ada.add(playlist, LongStream.of(songIds).boxed().toList(), null);
        assertThat(added.status()).as(added.body()).isEqualTo(200);
    }

    @Test
    void addAppendsInOrderAndAnswersTheNewVersion() {
        Http.Response added = ada.add(playlist, List.of(a, b), null);

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.header("ETag")).isEqualTo("\"2\"");
        assertThat(added.json().get("song_count").asInt()).isEqualTo(2);
        assertThat(added.json().get("duration").asLong()).isEqualTo(300);
        assertThat(ada.add(playlist, List.of(c), null).header("ETag")).isEqualTo("\"3\"");
        assertThat(api.entries(playlist)).containsExactly(a, b, c);
    }

    @Test
    void insertAtAPositionShiftsTheRest() {
        given(a, b, c);

        assertThat(ada.add(playlist, List.of(d, e), 2).status()).isEqualTo(200);
        assertThat(api.entries(playlist)).containsExactly(a, d, e, b, c);
        assertThat(ada.add(playlist, List.of(e), 1).status()).isEqualTo(200);
        assertThat(ada.add(playlist, List.of(a), 7).status()).isEqualTo(200); // one past the end
        assertThat(api.entries(playlist)).containsExactly(e, a, d, e, b, c, a);
        assertThat(ada.add(playlist, List.of(a), 9).status()).isEqualTo(422);
        assertThat(api.entries(playlist)).hasSize(7);
    }

    @Test
    void aSongMayAppearTwice() {
        given(a, a, b, a);

        Http.Response page = ada.get("/playlists/" + playlist + "/songs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().valueStream().map(s -> s.get("id").asLong()).toList())
                .containsExactly(a, a, b, a);
        assertThat(page.json().valueStream().map(s -> s.get("position").asInt()).toList())
                .containsExactly(1, 2, 3, 4);
        assertThat(page.json().get(0).has("added_at")).isTrue();
        assertThat(page.json().get(0).get("title").asText()).isEqualTo("a");
        assertThat(page.json().get(0).has("like_count")).isTrue();
    }

    @Test
    void songsArePagedInOrder() {
        given(a, b, c, d, e);

        Http.Response page = ada.get("/playlists/" + playlist + "/songs?limit=2&offset=2");
        assertThat(page.json().valueStream().map(s -> s.get("id").asLong()).toList())
                .containsExactly(c, d);
        assertThat(page.header("X-Total-Count")).isEqualTo("5");
        assertThat(page.header("Link"))
                .contains("offset=4")
                .contains("rel=\"next\"")
                .contains("offset=0");
        Http.Response last = ada.get("/playlists/" + playlist + "/songs?limit=2&offset=4");
        assertThat(last.json().size()).isEqualTo(1);
        assertThat(last.header("Link")).doesNotContain("next");
        assertThat(ada.get("/playlists/" + playlist + "/songs?sort=title").status())
                .isEqualTo(400);
    }

    @Test
    void removeClosesTheGaps() {
        given(a, b, c, d, e, a, b);

        Http.Response removed = ada.remove(playlist, List.of(2, 4, 5, 7));

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("song_count").asInt()).isEqualTo(3);
        assertThat(removed.json().get("duration").asLong()).isEqualTo(100 + 300 + 100);
        assertThat(api.entries(playlist)).containsExactly(a, c, a);
        assertThat(ada.remove(playlist, List.of(1)).status()).isEqualTo(200);
        assertThat(api.entries(playlist)).containsExactly(c, a);
    }

    @Test
    void removingAPositionPastTheEndIs422AndRemovesNothing() {
        given(a, b, c);

        Http.Response refused = ada.remove(playlist, List.of(1, 4));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("loc").toString()).contains("positions");
        assertThat(api.entries(playlist)).containsExactly(a, b, c);
        assertThat(api.version(playlist)).isEqualTo(2);
    }

    @Test
    void moveABlockForwardAndBack() {
        given(a, b, c, d, e);

        assertThat(ada.move(playlist, 1, 2, 4).status()).isEqualTo(200);
        assertThat(api.entries(playlist)).containsExactly(c, d, e, a, b);
        assertThat(ada.move(playlist, 4, 2, 1).status()).isEqualTo(200);
        assertThat(api.entries(playlist)).containsExactly(a, b, c, d, e);
        assertThat(ada.move(playlist, 5, 1, 2).status()).isEqualTo(200);
        assertThat(api.entries(playlist)).containsExactly(a, e, b, c, d);
        assertThat(ada.move(playlist, 2, 1, 2).status()).isEqualTo(200); // in place: still a new version
        assertThat(api.entries(playlist)).containsExactly(a, e, b, c, d);
        assertThat(api.version(playlist)).isEqualTo(6);
    }

    @Test
    void moveOutsideThePlaylistIs422AndMovesNothing() {
        given(a, b, c);

        assertThat(ada.move(playlist, 3, 2, 1).status()).isEqualTo(422);
        assertThat(ada.move(playlist, 1, 2, 3).status()).isEqualTo(422);
        assertThat(ada.move(playlist, 0, 1, 1).status()).isEqualTo(422);
        assertThat(ada.send("POST", "/playlists/" + playlist + "/songs/move", "{\"from\":1}")
                        .status())
                .isEqualTo(422);
        assertThat(api.entries(playlist)).containsExactly(a, b, c);
        assertThat(api.version(playlist)).isEqualTo(2);
    }

    @Test
    void unknownSongsAreRefusedAndNothingIsAdded() {
        given(a);

        Http.Response refused = ada.add(playlist, List.of(b, 999_999L, c), null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("msg").asText()).contains("999999");
        assertThat(api.entries(playlist)).containsExactly(a);
        assertThat(ada.add(playlist, List.of(), null).status()).isEqualTo(422);
        assertThat(api.version(playlist)).isEqualTo(2);
    }

    @Test
    void theCapIsTenThousandEntries() {
        given(a);
        List<Long> many = new ArrayList<>(Collections.nCopies(9_999, b));

        assertThat(ada.add(playlist, many, null).status()).isEqualTo(200);
        Http.Response refused = ada.add(playlist, List.of(c), null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("10000");
        assertThat(ada.add(playlist, List.of(c), 1).status()).isEqualTo(409);

        List<Long> entries = api.entries(playlist);
        assertThat(entries).hasSize(10_000).doesNotContain(c);
        assertThat(entries.get(0)).isEqualTo(a);
        assertThat(ada.get("/playlists/" + playlist).json().get("duration").asLong())
                .isEqualTo(100 + 9_999L * 200);
    }

    @Test
    void deletingASongTakesItOutOfEveryPlaylistAndClosesTheGaps() {
        given(a, b, c, b, d);
        Api.Client bob = api.user("bob");
        long other = bob.playlist("bob's", true);
        bob.add(other, List.of(b, e), null);
        int version = api.version(playlist);

        songs.delete(b); // as song-service's DELETE /songs/{id} does, in the catalog's transaction

        assertThat(api.entries(playlist)).containsExactly(a, c, d);
        assertThat(api.entries(other)).containsExactly(e);
        Http.Response read = ada.get("/playlists/" + playlist);
        assertThat(read.json().get("song_count").asInt()).isEqualTo(3);
        assertThat(read.json().get("duration").asLong()).isEqualTo(100 + 300 + 400);
        assertThat(api.version(playlist)).isEqualTo(version + 1);
    }

    @Test
    void aSongsNewDurationChangesTheTotalOfEveryPlaylistHoldingIt() {
        given(a, b, c, b);
        Api.Client bob = api.user("bob");
        long other = bob.playlist("bob's", true);
        bob.add(other, List.of(d), null);
        int version = api.version(playlist);
        int otherVersion = api.version(other);

        // as song-service's PUT /songs/{id} does (a rescan of a changed file takes the same way)
        songs.update(b, duration(260), null);

        Http.Response read = ada.get("/playlists/" + playlist);
        assertThat(read.json().get("duration").asLong()).isEqualTo(100 + 260 + 300 + 260);
        assertThat(read.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
        assertThat(api.version(other)).as("a playlist without the song").isEqualTo(otherVersion);
        assertThat(bob.get("/playlists/" + other).json().get("duration").asLong())
                .isEqualTo(400);

        songs.update(b, duration(260), null); // the same duration again: nothing to follow
        assertThat(api.version(playlist)).isEqualTo(version + 1);
        assertThat(ada.get("/playlists/" + playlist).json().get("duration").asLong())
                .isEqualTo(920);
    }

    private static SongRequests.Update duration(int seconds) {
        return new SongRequests.Update(null, null, null, null, seconds, null, null, null, null, null, null);
    }
}
