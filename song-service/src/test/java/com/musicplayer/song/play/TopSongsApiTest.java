package com.musicplayer.song.play;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** GET /songs/top?period=week|month|all: the most played songs, with their plays over the period. */
@ServiceTest
class TopSongsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    TestRows rows;
    String adaToken;
    String bobToken;
    long oldHit;
    long newHit;
    long forgotten;
    long neverPlayed;

    /**
     * oldHit: 3 plays 10 days ago and 1 two days ago; newHit: 2 plays two days ago; forgotten: 1 play
     * 40 days ago; neverPlayed: none.
     */
    @BeforeEach
    void givenPlaysOverTwoMonths() throws Exception {
        rows = new TestRows(jdbc);
        Players players = new Players(mvc);
        adaToken = bearer(TestTokens.user(rows.user("ada")));
        bobToken = bearer(TestTokens.user(rows.user("bob")));
        oldHit = rows.song("Old Hit", "X", "Pop");
        newHit = rows.song("New Hit", "X", "Pop");
        forgotten = rows.song("Forgotten", "X", "Pop");
        neverPlayed = rows.song("Never Played", "X", "Pop");
        Instant now = Instant.now();
        for (int i = 0; i < 3; i++) {
            players.played(i == 0 ? adaToken : bobToken, oldHit, now.minus(Duration.ofDays(10)));
        }
        players.played(bobToken, oldHit, now.minus(Duration.ofDays(2)));
        players.played(adaToken, newHit, now.minus(Duration.ofDays(2)));
        players.played(bobToken, newHit, now.minus(Duration.ofDays(2)));
        players.played(adaToken, forgotten, now.minus(Duration.ofDays(40)));
    }

    ResultActions top(String query) throws Exception {
        return mvc.perform(get("/songs/top" + query).header(HttpHeaders.AUTHORIZATION, adaToken));
    }

    @Test
    void weekCountsOnlyTheLastSevenDays() throws Exception {
        top("?period=week")
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(newHit))
                .andExpect(jsonPath("$[0].play_count").value(2))
                .andExpect(jsonPath("$[0].title").value("New Hit"))
                .andExpect(jsonPath("$[1].id").value(oldHit))
                .andExpect(jsonPath("$[1].play_count").value(1));
    }

    @Test
    void monthCountsTheLastThirtyDays() throws Exception {
        top("?period=month")
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$[0].id").value(oldHit))
                .andExpect(jsonPath("$[0].play_count").value(4))
                .andExpect(jsonPath("$[1].id").value(newHit))
                .andExpect(jsonPath("$[1].play_count").value(2));
    }

    @Test
    void allCountsEveryPlayAndIsTheDefault() throws Exception {
        for (String query : new String[] {"?period=all", "", "?period=ALL"}) {
            top(query)
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-Total-Count", "3"))
                    .andExpect(jsonPath("$.length()").value(3))
                    .andExpect(jsonPath("$[0].id").value(oldHit))
                    .andExpect(jsonPath("$[0].play_count").value(4))
                    .andExpect(jsonPath("$[1].id").value(newHit))
                    .andExpect(jsonPath("$[2].id").value(forgotten))
                    .andExpect(jsonPath("$[2].play_count").value(1));
        }
    }

    @Test
    void songsInTheChartCarryTheCallersLastPlay() throws Exception {
        top("?period=month")
                .andExpect(jsonPath("$[0].liked").value(false))
                .andExpect(jsonPath("$[0].last_played_at").exists())
                .andExpect(jsonPath("$[1].last_played_at").exists());
        mvc.perform(get("/songs/" + oldHit).header(HttpHeaders.AUTHORIZATION, adaToken))
                .andExpect(jsonPath("$.play_count").value(4));
    }

    @Test
    void aPlayShowsInTheChartAtOnce() throws Exception {
        top("?period=week").andExpect(header().string("X-Total-Count", "2"));
        new Players(mvc).played(adaToken, neverPlayed, Instant.now());

        top("?period=week")
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$[2].id").value(neverPlayed));
    }

    @Test
    void equalCountsRankByIdAndPagesFollow() throws Exception {
        Players players = new Players(mvc);
        players.played(adaToken, forgotten, Instant.now());
        players.played(adaToken, neverPlayed, Instant.now());

        top("?period=week")
                .andExpect(header().string("X-Total-Count", "4"))
                .andExpect(jsonPath("$[0].id").value(newHit))
                .andExpect(jsonPath("$[1].id").value(oldHit))
                .andExpect(jsonPath("$[2].id").value(forgotten))
                .andExpect(jsonPath("$[3].id").value(neverPlayed));
        top("?period=week&limit=2&offset=2")
                .andExpect(header().string("X-Total-Count", "4"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(forgotten))
                .andExpect(jsonPath("$[0].play_count").value(1))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"prev\"")));
        top("?period=week&limit=2")
                .andExpect(header().string(HttpHeaders.LINK, containsString("offset=2")))
                .andExpect(header().string(HttpHeaders.LINK, containsString("period=week")));
    }

    @Test
    void aBadPeriodOrSortThen400() throws Exception {
        top("?period=year")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("period must be one of week, month, all"));
        top("?period=").andExpect(status().isOk());
        top("?sort=title")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("most-played-first")));
        top("?limit=0").andExpect(status().isBadRequest());
    }

    @Test
    void theChartIsNotMistakenForASongAndSongsStillAnswer() throws Exception {
        mvc.perform(get("/songs/" + neverPlayed).header(HttpHeaders.AUTHORIZATION, adaToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.play_count").value(0));
        top("").andExpect(jsonPath("$").isArray());
    }
}
