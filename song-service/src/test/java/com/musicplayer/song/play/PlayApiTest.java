package com.musicplayer.song.play;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /songs/{id}/plays and GET /me/plays. */
@ServiceTest
class PlayApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    TestRows rows;
    Players players;
    long ada;
    String adaToken;
    long song;

    @BeforeEach
    void givenAUserAndASong() {
        rows = new TestRows(jdbc);
        players = new Players(mvc);
        ada = rows.user("ada");
        adaToken = bearer(TestTokens.user(ada));
        song = rows.song("Something", "The Beatles", "Rock");
    }

    ResultActions as(String token, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, token));
    }

    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    int playRows() {
        return rows.count("select count(*) from plays");
    }

    @Test
    void aPlayIsRecordedAndShowsInHistoryAndOnTheSong() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        players.report(adaToken, song, "{\"submission\":true,\"seconds\":180}")
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));

        assertThat(rows.count(
                        "select count(*) from plays where user_id = ? and song_id = ? and seconds = 180", ada, song))
                .isEqualTo(1);
        JsonNode history = body(as(adaToken, get("/me/plays"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").isNumber())
                .andExpect(jsonPath("$[0].seconds").value(180))
                .andExpect(jsonPath("$[0].song.id").value(song))
                .andExpect(jsonPath("$[0].song.title").value("Something"))
                .andExpect(jsonPath("$[0].song.play_count").value(1)));
        Instant playedAt = Instant.parse(history.get(0).get("played_at").asString());
        assertThat(playedAt).isBetween(before, Instant.now());
        as(adaToken, get("/songs/" + song))
                .andExpect(jsonPath("$.play_count").value(1))
                .andExpect(jsonPath("$.last_played_at").value(playedAt.toString()));
    }

    @Test
    void playedAtIsKeptAsGivenAndSecondsLeftOutWhenNotGiven() throws Exception {
        Instant at = Instant.parse("2024-02-29T23:59:58.123456Z");
        players.played(adaToken, song, at);

        as(adaToken, get("/me/plays"))
                .andExpect(jsonPath("$[0].played_at").value("2024-02-29T23:59:58.123456Z"))
                .andExpect(jsonPath("$[0].seconds").doesNotExist());
        as(adaToken, get("/songs/" + song))
                .andExpect(jsonPath("$.last_played_at").value(at.toString()));
    }

    @Test
    void aPlayTimeAFewSecondsAheadIsTakenAsNow() throws Exception {
        players.played(adaToken, song, Instant.now().plusSeconds(20));

        Instant stored = Instant.parse(
                body(as(adaToken, get("/me/plays"))).get(0).get("played_at").asString());
        assertThat(stored).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void historyIsTheCallersNewestFirstAndPaged() throws Exception {
        long bob = rows.user("bob");
        long other = rows.song("Other", "X", "Pop");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        players.played(adaToken, song, now.minus(Duration.ofDays(3)));
        players.played(adaToken, other, now.minus(Duration.ofHours(1)));
        players.played(adaToken, song, now.minus(Duration.ofDays(1)));
        players.played(bearer(TestTokens.user(bob)), other, now);

        as(adaToken, get("/me/plays"))
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].song.id").value(other))
                .andExpect(jsonPath("$[0].played_at")
                        .value(now.minus(Duration.ofHours(1)).toString()))
                .andExpect(jsonPath("$[1].song.id").value(song))
                .andExpect(jsonPath("$[1].played_at")
                        .value(now.minus(Duration.ofDays(1)).toString()))
                .andExpect(jsonPath("$[2].song.id").value(song))
                .andExpect(jsonPath("$[2].song.play_count").value(2))
                .andExpect(jsonPath("$[2].song.last_played_at")
                        .value(now.minus(Duration.ofDays(1)).toString()));
        as(adaToken, get("/me/plays?limit=1&offset=1"))
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].played_at")
                        .value(now.minus(Duration.ofDays(1)).toString()))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"next\"")))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"prev\"")));
        as(bearer(TestTokens.user(bob)), get("/me/plays"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].song.id").value(other))
                .andExpect(jsonPath("$[0].song.play_count").value(2));
        as(adaToken, get("/me/plays?sort=played_at"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("newest-first")));
    }

    @Test
    void historyShowsAPlayJustReported() throws Exception {
        as(adaToken, get("/me/plays"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "0"))
                .andExpect(jsonPath("$.length()").value(0));
        players.report(adaToken, song, "{\"submission\":true}").andExpect(status().isNoContent());
        as(adaToken, get("/me/plays"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].song.id").value(song));
    }

    @Test
    void playOfUnknownSongThen404AndNothingWritten() throws Exception {
        players.report(adaToken, 999999, "{\"submission\":true}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Song 999999 not found"));
        players.report(adaToken, 999999, "{\"submission\":false}").andExpect(status().isNotFound());
        players.report(adaToken, 0, "{\"submission\":true}").andExpect(status().isNotFound());
        mvc.perform(post("/songs/abc/plays")
                        .header(HttpHeaders.AUTHORIZATION, adaToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"submission\":true}"))
                .andExpect(status().isBadRequest());
        assertThat(playRows()).isZero();
        assertThat(rows.count("select count(*) from song_play_counts")).isZero();
        assertThat(rows.count("select count(*) from now_playing")).isZero();
    }

    @Test
    void implausiblePlayThen422WithTheFieldAndNothingWritten() throws Exception {
        String future = Instant.now().plus(Duration.ofHours(1)).toString();
        players.report(adaToken, song, "{\"submission\":true,\"played_at\":\"" + future + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[0]").value("body"))
                .andExpect(jsonPath("$.errors[0].loc[1]").value("played_at"))
                .andExpect(jsonPath("$.errors[0].msg", containsString("now")));
        players.report(adaToken, song, "{\"submission\":false,\"played_at\":\"" + future + "\"}")
                .andExpect(status().isUnprocessableContent());
        players.report(adaToken, song, "{\"submission\":true,\"played_at\":\"1970-01-01T00:00:00Z\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("played_at"));
        players.report(adaToken, song, "{\"submission\":true,\"seconds\":-1}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("seconds"));
        players.report(adaToken, song, "{\"submission\":true,\"seconds\":86401}")
                .andExpect(status().isUnprocessableContent());
        players.report(adaToken, song, "{\"submission\":true,\"seconds\":1.5}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("seconds"));
        players.report(adaToken, song, "{\"submission\":true,\"played_at\":\"yesterday\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("played_at"))
                .andExpect(jsonPath("$.errors[0].msg", containsString("date-time")));
        players.report(adaToken, song, "{\"seconds\":10}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("submission"));
        players.report(adaToken, song, "{\"submission\":tru").andExpect(status().isBadRequest());
        players.report(adaToken, song, "").andExpect(status().isBadRequest());

        assertThat(playRows()).isZero();
        assertThat(rows.count("select count(*) from song_play_counts")).isZero();
        assertThat(rows.count("select count(*) from now_playing")).isZero();
    }

    @Test
    void withoutTokenThen401AndWithServiceTokenThen403() throws Exception {
        mvc.perform(post("/songs/" + song + "/plays")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"submission\":true}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")));
        mvc.perform(get("/me/plays")).andExpect(status().isUnauthorized());
        mvc.perform(get("/me/now-playing")).andExpect(status().isUnauthorized());
        mvc.perform(get("/songs/top")).andExpect(status().isUnauthorized());

        String service = bearer(TestTokens.service());
        players.report(service, song, "{\"submission\":true}").andExpect(status().isForbidden());
        as(service, get("/me/plays")).andExpect(status().isForbidden());
        as(service, get("/me/now-playing")).andExpect(status().isForbidden());
        as(service, get("/songs/top")).andExpect(status().isForbidden());
        assertThat(playRows()).isZero();
    }

    @Test
    void anAdminReportsPlaysLikeAnyUser() throws Exception {
        long root = rows.user("root");
        players.report(bearer(TestTokens.admin(root)), song, "{\"submission\":true}")
                .andExpect(status().isNoContent());
        assertThat(rows.count("select count(*) from plays where user_id = ?", root))
                .isEqualTo(1);
    }

    @Test
    void deletingASongRemovesItsPlaysCountAndNowPlaying() throws Exception {
        long root = rows.user("root");
        players.played(adaToken, song, Instant.now());
        players.playing(adaToken, song, Instant.now());

        as(bearer(TestTokens.admin(root)), delete("/songs/" + song)).andExpect(status().isNoContent());

        assertThat(playRows()).isZero();
        assertThat(rows.count("select count(*) from song_play_counts")).isZero();
        assertThat(rows.count("select count(*) from now_playing")).isZero();
        as(adaToken, get("/me/plays")).andExpect(header().string("X-Total-Count", "0"));
        as(adaToken, get("/me/now-playing")).andExpect(status().isNoContent());
    }

    /** The play count is an anonymous total: it outlives the account; the account's history does not. */
    @Test
    void deletingAUserRemovesTheirPlaysButNotTheSongsPlayCount() throws Exception {
        long bob = rows.user("bob");
        players.played(bearer(TestTokens.user(bob)), song, Instant.now());
        players.playing(bearer(TestTokens.user(bob)), song, Instant.now());
        players.played(adaToken, song, Instant.now());

        jdbc.update("delete from users where id = ?", bob); // as user-service deletes a user

        assertThat(rows.count("select count(*) from plays where user_id = ?", bob))
                .isZero();
        assertThat(rows.count("select count(*) from now_playing")).isZero();
        assertThat(playRows()).isEqualTo(1);
        as(adaToken, get("/songs/" + song)).andExpect(jsonPath("$.play_count").value(2));
    }

    @Test
    void concurrentFirstPlaysOfASongAreAllCounted() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String token = t % 2 == 0 ? adaToken : bearer(TestTokens.user(rows.user("listener" + t)));
                statuses.add(pool.submit(() -> {
                    start.await();
                    return players.report(token, song, "{\"submission\":true}")
                            .andReturn()
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(204);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(playRows()).isEqualTo(threads);
        assertThat(rows.count("select play_count from song_play_counts where song_id = ?", song))
                .isEqualTo(threads);
        as(adaToken, get("/songs/" + song)).andExpect(jsonPath("$.play_count").value(threads));
    }
}
