package com.musicplayer.song.like;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest
class LikeApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    TestRows rows;
    long ada;
    String adaToken;
    long song;

    @BeforeEach
    void givenAUserAndASong() {
        rows = new TestRows(jdbc);
        ada = rows.user("ada");
        adaToken = bearer(TestTokens.user(ada));
        song = rows.song("Something", "The Beatles", "Rock");
    }

    ResultActions as(String token, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, token));
    }

    int likeRows() {
        return rows.count("select count(*) from user_likes where user_id = ? and song_id = ?", ada, song);
    }

    long likeCount() throws Exception {
        String body = as(adaToken, get("/songs/" + song))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("like_count").asLong();
    }

    @Test
    void likeIsIdempotent() throws Exception {
        as(adaToken, put("/songs/" + song + "/like"))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));
        as(adaToken, put("/songs/" + song + "/like")).andExpect(status().isNoContent());

        assertThat(likeRows()).isEqualTo(1);
        as(adaToken, get("/songs/" + song))
                .andExpect(jsonPath("$.like_count").value(1))
                .andExpect(jsonPath("$.liked").value(true));
    }

    @Test
    void unlikeIsIdempotent() throws Exception {
        rows.like(ada, song);
        as(adaToken, delete("/songs/" + song + "/like")).andExpect(status().isNoContent());
        as(adaToken, delete("/songs/" + song + "/like")).andExpect(status().isNoContent());

        assertThat(likeRows()).isZero();
        as(adaToken, get("/songs/" + song))
                .andExpect(jsonPath("$.like_count").value(0))
                .andExpect(jsonPath("$.liked").value(false))
                .andExpect(jsonPath("$.liked_at").doesNotExist());
    }

    @Test
    void adminLikesLikeAnyUser() throws Exception {
        long root = rows.user("root");
        as(bearer(TestTokens.admin(root)), put("/songs/" + song + "/like")).andExpect(status().isNoContent());
        assertThat(rows.count("select count(*) from user_likes where user_id = ?", root))
                .isEqualTo(1);
    }

    @Test
    void likeOrUnlikeUnknownSongThen404() throws Exception {
        as(adaToken, put("/songs/999999/like"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Song 999999 not found"));
        as(adaToken, delete("/songs/999999/like")).andExpect(status().isNotFound());
        as(adaToken, put("/songs/abc/like")).andExpect(status().isBadRequest());
        assertThat(rows.count("select count(*) from user_likes")).isZero();
    }

    /** As in production: the API tests' tokens pass the same revocation check (TestTokens.Decoder). */
    @Test
    void aTokenWhoseUserDoesNotExistIsRefusedWith401() throws Exception {
        long gone = rows.user("gone");
        String token = bearer(TestTokens.user(gone));
        jdbc.update("delete from users where id = ?", gone);

        as(token, put("/songs/" + song + "/like"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
                .andExpect(jsonPath("$.detail").value("Invalid or expired token"));
        as(bearer(TestTokens.user(777777)), get("/songs/" + song)).andExpect(status().isUnauthorized());
        assertThat(rows.count("select count(*) from user_likes")).isZero();
    }

    @Test
    void likeWithoutTokenThen401AndWithServiceTokenThen403() throws Exception {
        mvc.perform(put("/songs/" + song + "/like"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")));
        mvc.perform(delete("/songs/" + song + "/like")).andExpect(status().isUnauthorized());
        as(bearer(TestTokens.service()), put("/songs/" + song + "/like")).andExpect(status().isForbidden());
        assertThat(rows.count("select count(*) from user_likes")).isZero();
    }

    @Test
    void likedListsCallersSongsNewestLikeFirst() throws Exception {
        long bob = rows.user("bob");
        long older = rows.song("Older", "X", "Pop");
        long newer = rows.song("Newer", "X", "Pop");
        rows.song("Not liked", "X", "Pop");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        rows.like(ada, older, now.minusSeconds(300));
        rows.like(ada, song, now.minusSeconds(200));
        rows.like(ada, newer, now.minusSeconds(100));
        rows.like(bob, older);

        as(adaToken, get("/songs/liked"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].id").value(newer))
                .andExpect(jsonPath("$[0].liked").value(true))
                .andExpect(jsonPath("$[0].liked_at").value(now.minusSeconds(100).toString()))
                .andExpect(jsonPath("$[0].like_count").value(1))
                .andExpect(jsonPath("$[1].id").value(song))
                .andExpect(jsonPath("$[1].liked_at").value(now.minusSeconds(200).toString()))
                .andExpect(jsonPath("$[2].id").value(older))
                .andExpect(jsonPath("$[2].title").value("Older"))
                .andExpect(jsonPath("$[2].like_count").value(2))
                .andExpect(jsonPath("$[2].liked_at").value(now.minusSeconds(300).toString()));
        as(adaToken, get("/songs/liked?limit=1&offset=1"))
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(song))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"next\"")))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"prev\"")));
        as(bearer(TestTokens.user(bob)), get("/songs/liked"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(older));
    }

    @Test
    void likedShowsASongJustLiked() throws Exception {
        as(adaToken, get("/songs/liked"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "0"))
                .andExpect(jsonPath("$.length()").value(0));
        as(adaToken, put("/songs/" + song + "/like")).andExpect(status().isNoContent());
        as(adaToken, get("/songs/liked"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(song))
                .andExpect(jsonPath("$[0].liked").value(true));
    }

    @Test
    void likedWithoutTokenThen401AndWithSortThen400() throws Exception {
        mvc.perform(get("/songs/liked")).andExpect(status().isUnauthorized());
        as(adaToken, get("/songs/liked?sort=title"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("newest-like-first")));
        as(adaToken, get("/songs/liked?limit=500")).andExpect(status().isBadRequest());
    }

    @Test
    void concurrentDuplicateLikesLeaveOneRow() throws Exception {
        List<Integer> statuses = concurrently(20, 1, (thread, round) -> put("/songs/" + song + "/like"));

        assertThat(statuses).hasSize(20).containsOnly(204);
        assertThat(likeRows()).isEqualTo(1);
        assertThat(likeCount()).isEqualTo(1);
    }

    @Test
    void concurrentLikesAndUnlikesByOneUserEndConsistent() throws Exception {
        List<Integer> statuses = concurrently(
                20,
                5,
                (thread, round) -> (thread + round) % 2 == 0
                        ? put("/songs/" + song + "/like")
                        : delete("/songs/" + song + "/like"));

        assertThat(statuses).hasSize(100).containsOnly(204);
        int rowsAfter = likeRows();
        assertThat(rowsAfter).isBetween(0, 1);
        assertThat(likeCount()).isEqualTo(rowsAfter);
        as(adaToken, get("/songs/" + song)).andExpect(jsonPath("$.liked").value(rowsAfter == 1));

        as(adaToken, put("/songs/" + song + "/like")).andExpect(status().isNoContent());
        assertThat(likeRows()).isEqualTo(1);
        assertThat(likeCount()).isEqualTo(1);
    }

    interface RequestFor {
        MockHttpServletRequestBuilder at(int thread, int round);
    }

    /** {@code threads} real threads, released together, each sending {@code rounds} requests as ada. */
    List<Integer> concurrently(int threads, int rounds, RequestFor requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Integer> statuses = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        statuses.add(as(adaToken, requests.at(thread, round))
                                .andReturn()
                                .getResponse()
                                .getStatus());
                    }
                    return statuses;
                }));
            }
            start.countDown();
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }
}
