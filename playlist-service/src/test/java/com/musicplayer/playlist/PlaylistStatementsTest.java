package com.musicplayer.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.Http;
import com.musicplayer.platform.test.StatementCounter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Each operation on a playlist costs the same SQL statements whether it holds 100 entries or
 * 10,000: reading a page deep in it, adding a song, moving a short range, removing one entry.
 */
@PlaylistTest
@Import(StatementCounter.class)
// the token's revocation state is looked up once and then kept: a slow step must not let it expire mid-count
@TestPropertySource(properties = "musicplayer.security.revocation-cache=1h")
class PlaylistStatementsTest {

    @Autowired
    Api api;

    @Autowired
    StatementCounter statements;

    Api.Client ada;
    List<Long> songs = new ArrayList<>();

    @BeforeEach
    void givenAdaAndFiftySongs() {
        ada = api.user("ada");
        for (int i = 0; i < 50; i++) {
            songs.add(api.song("song " + i, 180 + i));
        }
    }

    long playlistOf(int entries) {
        long playlist = ada.playlist("of " + entries, false);
        List<Long> ids = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            ids.add(songs.get(i % songs.size()));
        }
        assertThat(ada.add(playlist, ids, null).status()).isEqualTo(200);
        return playlist;
    }

    /** Statements of one request (the token's revocation state is looked up once, then cached: not counted). */
    long statements(Function<Long, Http.Response> request, long playlist, int expectedStatus) {
        ada.get("/me/queue");
        statements.reset();
        long started = System.nanoTime();
        Http.Response response = request.apply(playlist);
        long micros = (System.nanoTime() - started) / 1000;
        assertThat(response.status()).as(response.body()).isEqualTo(expectedStatus);
        long count = statements.count();
        System.out.printf("    %,d µs%n", micros);
        return count;
    }

    @Test
    void everyOperationCostsTheSameStatementsAt100And10000Entries() {
        long small = playlistOf(100);
        long large = playlistOf(10_000);
        Map<String, Function<Long, Http.Response>> operations = new LinkedHashMap<>();
        operations.put(
                "read a page of 50 (offset 50)", id -> ada.get("/playlists/" + id + "/songs?limit=50&offset=50"));
        operations.put("read the playlist", id -> ada.get("/playlists/" + id));
        operations.put("move 3 entries from 40 to 45", id -> ada.move(id, 40, 3, 45));
        operations.put("move 3 entries from 45 to 40", id -> ada.move(id, 45, 3, 40));
        // two out, then two in: the full playlist stays at the cap
        operations.put("remove entry 50", id -> ada.remove(id, List.of(50)));
        operations.put("remove entries 60 and 70", id -> ada.remove(id, List.of(60, 70)));
        operations.put("add one song at the end", id -> ada.add(id, List.of(songs.get(0)), null));
        operations.put("add one song at position 2", id -> ada.add(id, List.of(songs.get(1)), 2));

        for (var operation : operations.entrySet()) {
            System.out.printf("%s, 100 entries:%n", operation.getKey());
            long atSmall = statements(operation.getValue(), small, 200);
            System.out.printf("%s, 10,000 entries:%n", operation.getKey());
            long atLarge = statements(operation.getValue(), large, 200);
            System.out.printf(
                    "SQL statements to %s: 100 entries=%d, 10,000 entries=%d%n", operation.getKey(), atSmall, atLarge);
            assertThat(atLarge).as(operation.getKey()).isEqualTo(atSmall).isLessThanOrEqualTo(6);
        }
        api.entries(small);
        api.entries(large);
    }

    @Test
    void aShortMoveTouchesOnlyItsWindow() {
        long large = playlistOf(10_000);
        List<Long> before = api.entries(large);

        ada.move(large, 5000, 3, 5010);

        List<Long> after = api.entries(large);
        assertThat(after.subList(0, 4999)).isEqualTo(before.subList(0, 4999));
        assertThat(after.subList(5012, 10_000)).isEqualTo(before.subList(5012, 10_000));
        assertThat(after.subList(5009, 5012)).isEqualTo(before.subList(4999, 5002));
        assertThat(after.subList(4999, 5009)).isEqualTo(before.subList(5002, 5012));
    }
}
