package com.musicplayer.song.play;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every song song-service shows carries play_count (everyone's plays, all time) and, with a token,
 * the caller's last_played_at: by id, in the list, in a search, among liked songs.
 */
@ServiceTest
class PlayCountsOnSongReadsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    TestRows rows;
    long ada;
    String adaToken;
    String bobToken;
    String carolToken;
    long played;
    long unplayed;
    Instant adasLast;
    Instant bobsLast;

    @BeforeEach
    void givenPlaysByTwoUsers() throws Exception {
        rows = new TestRows(jdbc);
        Players players = new Players(mvc);
        ada = rows.user("ada");
        adaToken = bearer(TestTokens.user(ada));
        bobToken = bearer(TestTokens.user(rows.user("bob")));
        carolToken = bearer(TestTokens.user(rows.user("carol")));
        played = rows.song("Played Tune", "X", "Pop");
        unplayed = rows.song("Quiet Tune", "X", "Pop");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        adasLast = now.minus(Duration.ofHours(2));
        bobsLast = now.minus(Duration.ofMinutes(5));
        players.played(adaToken, played, now.minus(Duration.ofDays(3)));
        players.played(adaToken, played, adasLast);
        players.played(bobToken, played, bobsLast);
        rows.like(ada, played);
        rows.like(ada, unplayed);
    }

    ResultActions as(String token, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(token == null ? request : request.header(HttpHeaders.AUTHORIZATION, token));
    }

    @Test
    void aSongByIdCarriesEveryonesCountAndTheCallersLastPlay() throws Exception {
        as(adaToken, get("/songs/" + played))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.play_count").value(3))
                .andExpect(jsonPath("$.last_played_at").value(adasLast.toString()));
        as(bobToken, get("/songs/" + played))
                .andExpect(jsonPath("$.play_count").value(3))
                .andExpect(jsonPath("$.last_played_at").value(bobsLast.toString()));
        as(carolToken, get("/songs/" + played))
                .andExpect(jsonPath("$.play_count").value(3))
                .andExpect(jsonPath("$.last_played_at").doesNotExist());
        as(adaToken, get("/songs/" + unplayed))
                .andExpect(jsonPath("$.play_count").value(0))
                .andExpect(jsonPath("$.last_played_at").doesNotExist());
    }

    @Test
    void theListCarriesThemAndLeavesTheLastPlayOutWithoutAToken() throws Exception {
        as(null, get("/songs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(played))
                .andExpect(jsonPath("$[0].play_count").value(3))
                .andExpect(jsonPath("$[0].last_played_at").doesNotExist())
                .andExpect(jsonPath("$[1].play_count").value(0));
        as(adaToken, get("/songs"))
                .andExpect(jsonPath("$[0].play_count").value(3))
                .andExpect(jsonPath("$[0].last_played_at").value(adasLast.toString()))
                .andExpect(jsonPath("$[1].last_played_at").doesNotExist());
    }

    @Test
    void aSearchAndTheLikedSongsCarryThem() throws Exception {
        as(bobToken, get("/songs?q=played"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].play_count").value(3))
                .andExpect(jsonPath("$[0].last_played_at").value(bobsLast.toString()));
        as(adaToken, get("/songs/liked"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.id == " + played + ")].play_count").value(3))
                .andExpect(
                        jsonPath("$[?(@.id == " + played + ")].last_played_at").value(adasLast.toString()))
                .andExpect(jsonPath("$[?(@.id == " + unplayed + ")].play_count").value(0));
    }
}
