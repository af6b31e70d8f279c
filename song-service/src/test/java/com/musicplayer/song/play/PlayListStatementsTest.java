package com.musicplayer.song.play;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.StatementCounter;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import com.musicplayer.platform.web.CachedCounts;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A page of plays or of the chart costs the same few statements whether it holds 10 items or 200. */
@ServiceTest
@Import(StatementCounter.class)
class PlayListStatementsTest {

    static final int SONGS = 200;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter statements;

    @Autowired
    CachedCounts counts;

    String adaToken;

    /** 200 songs, each played by ada (one of them twice), half of them liked; all within the week. */
    @BeforeEach
    void givenTwoHundredPlayedSongs() throws Exception {
        TestRows rows = new TestRows(jdbc);
        Players players = new Players(mvc);
        long ada = rows.user("ada");
        adaToken = bearer(TestTokens.user(ada));
        Instant start = Instant.now().minus(Duration.ofDays(1));
        for (int i = 0; i < SONGS; i++) {
            long song = rows.song("song " + i, "Artist " + (i % 7), "Pop");
            players.played(adaToken, song, start.plusSeconds(i));
            if (i == 0) {
                players.played(adaToken, song, start.plusSeconds(SONGS));
            }
            if (i % 2 == 0) {
                rows.like(ada, song);
            }
        }
    }

    long statementsFor(String url, int expectedItems) throws Exception {
        return statements(url, expectedItems, true);
    }

    long statements(String url, int expectedItems, boolean fresh) throws Exception {
        // the token's revocation state is looked up once and then cached: not part of the page
        mvc.perform(get("/me/now-playing").header(HttpHeaders.AUTHORIZATION, adaToken));
        if (fresh) {
            counts.evictAll(); // each such measurement counts its total (or ranks its chart) too
        }
        statements.reset();
        mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, adaToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(expectedItems));
        return statements.count();
    }

    @Test
    void historyPageCostsConstantStatementsWhateverItsSize() throws Exception {
        long ten = statementsFor("/me/plays?limit=10", 10);
        long all = statementsFor("/me/plays?limit=200", SONGS);
        System.out.printf("SQL statements for GET /me/plays: 10 plays=%d, 200 plays=%d%n", ten, all);

        // the plays, their songs (counts, likes and last plays inline), the total
        assertThat(all).isEqualTo(ten).isEqualTo(3);
    }

    @Test
    void chartPageCostsConstantStatementsWhateverItsSize() throws Exception {
        for (String period : new String[] {"week", "month", "all"}) {
            long ten = statementsFor("/songs/top?period=" + period + "&limit=10", 10);
            long all = statementsFor("/songs/top?period=" + period + "&limit=200", SONGS);
            long next = statements("/songs/top?period=" + period + "&limit=10&offset=10", 10, false);
            System.out.printf(
                    "SQL statements for GET /songs/top?period=%s: 10 songs=%d, 200 songs=%d, next page=%d%n",
                    period, ten, all, next);

            if (period.equals("all")) {
                // a page of the counts' index, its songs, the total; the next page shares the total
                assertThat(all).isEqualTo(ten).isEqualTo(3);
                assertThat(next).isEqualTo(2);
            } else {
                // the period's ranking, the page's songs; the next page shares the ranking
                assertThat(all).isEqualTo(ten).isEqualTo(2);
                assertThat(next).isEqualTo(1);
            }
        }
    }

    @Test
    void songPageWithPlayFieldsStaysOneStatementAndItsTotal() throws Exception {
        long ten = statementsFor("/songs?limit=10", 10);
        long all = statementsFor("/songs?limit=200", SONGS);

        assertThat(all).isEqualTo(ten).isEqualTo(2);
        mvc.perform(get("/songs?limit=1").header(HttpHeaders.AUTHORIZATION, adaToken))
                .andExpect(jsonPath("$[0].play_count").value(2))
                .andExpect(jsonPath("$[0].last_played_at").exists());
    }
}
