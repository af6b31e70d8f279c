package com.musicplayer.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.catalog.song.SongRequests;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.platform.test.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** ETag = version; If-Match stale → 412 with nothing changed; writes without If-Match serialize. */
@PlaylistTest
class OptimisticLockingTest {

    @Autowired
    Api api;

    @Autowired
    Songs songs;

    @Autowired
    JdbcTemplate jdbc;

    Api.Client ada;
    long playlist;
    long a;
    long b;

    @BeforeEach
    void givenAPlaylistWithTwoSongs() {
        ada = api.user("ada");
        playlist = ada.playlist("mix", true);
        a = api.song("a", 100);
        b = api.song("b", 200);
        ada.add(playlist, List.of(a, b), null); // version 2
    }

    @Test
    void everyResponseCarriesTheVersionAsETag() {
        Http.Response read = ada.get("/playlists/" + playlist);

        assertThat(read.header("ETag")).isEqualTo("\"2\"");
        assertThat(read.json().get("version").asInt()).isEqualTo(2);
        Http.Response notModified = ada.send("GET", "/playlists/" + playlist, null, "If-None-Match", "\"2\"");
        assertThat(notModified.status()).isEqualTo(304);
    }

    @Test
    void aWriteWithTheCurrentVersionSucceedsAndAnswersTheNext() {
        Http.Response renamed = ada.send("PUT", "/playlists/" + playlist, "{\"name\":\"new\"}", "If-Match", "\"2\"");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.header("ETag")).isEqualTo("\"3\"");

        Http.Response moved = ada.send(
                "POST", "/playlists/" + playlist + "/songs/move", "{\"from\":2,\"to\":1}", "If-Match", "\"3\"");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.header("ETag")).isEqualTo("\"4\"");
        assertThat(api.entries(playlist)).containsExactly(b, a);
        assertThat(ada.send("PUT", "/playlists/" + playlist, "{\"public\":false}", "If-Match", "*")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void everyWriteWithAStaleVersionIs412AndChangesNothing() {
        String path = "/playlists/" + playlist;
        String stale = "\"1\"";

        List<Http.Response> refused = List.of(
                ada.send("PUT", path, "{\"name\":\"new\"}", "If-Match", stale),
                ada.send("POST", path + "/songs", "{\"song_ids\":[" + a + "]}", "If-Match", stale),
                ada.send("DELETE", path + "/songs", "{\"positions\":[1]}", "If-Match", stale),
                ada.send("POST", path + "/songs/move", "{\"from\":2,\"to\":1}", "If-Match", stale),
                ada.send("DELETE", path, null, "If-Match", stale),
                ada.send("PUT", path, "{\"name\":\"new\"}", "If-Match", "garbage"));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(412);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asText()).contains("version 2");
        });
        Http.Response read = ada.get(path);
        assertThat(read.json().get("name").asText()).isEqualTo("mix");
        assertThat(read.json().get("version").asInt()).isEqualTo(2);
        assertThat(api.entries(playlist)).containsExactly(a, b);
    }

    @Test
    void twentyConcurrentAddsWithoutIfMatchAllLandAtPositionsOneToN() throws Exception {
        int clients = 20;
        List<Long> songs = IntStream.range(0, clients)
                .mapToObj(i -> api.song("song " + i, 60))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Response>> responses = new ArrayList<>();
        try {
            for (long song : songs) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return ada.add(playlist, List.of(song), null);
                }));
            }
            start.countDown();
            for (Future<Http.Response> response : responses) {
                assertThat(response.get().status()).as(response.get().body()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        List<Long> entries = api.entries(playlist); // checks positions 1..22
        assertThat(entries).hasSize(clients + 2).containsAll(songs);
        assertThat(api.version(playlist)).isEqualTo(2 + clients);
        Http.Response read = ada.get("/playlists/" + playlist);
        assertThat(read.json().get("song_count").asInt()).isEqualTo(clients + 2);
        assertThat(read.json().get("duration").asLong()).isEqualTo(300 + clients * 60L);
    }

    @Test
    void concurrentWritesWithTheSameVersionLetOneThroughAndRefuseTheRest() throws Exception {
        int clients = 10;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Response>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return ada.send(
                            "POST",
                            "/playlists/" + playlist + "/songs",
                            "{\"song_ids\":[" + a + "]}",
                            "If-Match",
                            "\"2\"");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Response> response : responses) {
                statuses.add(response.get().status());
            }
            assertThat(statuses)
                    .containsOnly(200, 412)
                    .filteredOn(s -> s == 200)
                    .hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(api.entries(playlist)).containsExactly(a, b, a);
    }

    @Test
    void durationEditsRacingAddsKeepTheTotalTheSumOfTheEntries() throws Exception {
        int rounds = 8;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int i = 0; i < rounds; i++) {
                int seconds = 200 + 10 * (i + 1);
                work.add(pool.submit(() -> {
                    start.await();
                    Http.Response added = ada.add(playlist, List.of(b), null);
                    assertThat(added.status()).as(added.body()).isEqualTo(200);
                    return null;
                }));
                work.add(pool.submit(() -> {
                    start.await();
                    // as song-service's PUT /songs/{id} does, in the catalog's transaction
                    songs.update(b, duration(seconds), null);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> done : work) {
                done.get(); // no deadlock, no failure on either side
            }
        } finally {
            pool.shutdown();
        }

        long bNow = jdbc.queryForObject("select duration from songs where id = ?", Long.class, b);
        Http.Response read = ada.get("/playlists/" + playlist);
        assertThat(read.json().get("song_count").asInt()).isEqualTo(2 + rounds);
        assertThat(read.json().get("duration").asLong())
                .as("a's 100 and %d entries of b at %d s", 1 + rounds, bNow)
                .isEqualTo(100 + (1 + rounds) * bNow);
    }

    private static SongRequests.Update duration(int seconds) {
        return new SongRequests.Update(null, null, null, null, seconds, null, null, null, null, null, null);
    }
}
