package com.musicplayer.song.like;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A page of songs costs the same few SQL statements whether it holds 10 songs or 200 (no query per row). */
@ServiceTest
@Import(StatementCounter.class)
class SongListStatementsTest {

    static final int SONGS = 200;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter statements;

    @Autowired
    CachedCounts counts;

    long ada;

    @BeforeEach
    void givenTwoHundredLikedSongs() {
        TestRows rows = new TestRows(jdbc);
        ada = rows.user("ada");
        long bob = rows.user("bob");
        for (int i = 0; i < SONGS; i++) {
            long song = rows.song("song " + i, "Artist " + (i % 7), "Pop");
            rows.like(bob, song);
            if (i % 2 == 0) {
                rows.like(ada, song);
            }
        }
    }

    long statementsFor(String url, int expectedItems) throws Exception {
        return statementsWithCountsKept(url, expectedItems, true);
    }

    long statementsWithCountsKept(String url, int expectedItems) throws Exception {
        return statementsWithCountsKept(url, expectedItems, false);
    }

    long statementsWithCountsKept(String url, int expectedItems, boolean freshTotal) throws Exception {
        // the token's revocation state is looked up once and then cached: not part of the page
        mvc.perform(get("/songs/liked?limit=1").header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada))));
        if (freshTotal) {
            counts.evictAll(); // each such measurement counts its total too
        }
        statements.reset();
        mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(expectedItems))
                .andExpect(jsonPath("$[0].like_count").exists());
        return statements.count();
    }

    @Test
    void songPageCostsConstantStatementsWhateverItsSize() throws Exception {
        long ten = statementsFor("/songs?limit=10", 10);
        long twoHundred = statementsFor("/songs?limit=200", 200);
        System.out.printf(
                "SQL statements for GET /songs with like_count and liked: 10 songs=%d, 200 songs=%d%n",
                ten, twoHundred);

        // one statement for the page with its like counts and the caller's likes, one for the total
        assertThat(twoHundred).isEqualTo(ten).isEqualTo(2);
        // the next page within the count cache's lifetime shares the total: one statement fewer
        assertThat(statementsWithCountsKept("/songs?limit=10&after=1", 10)).isEqualTo(ten - 1);
    }

    @Test
    void likedPageCostsConstantStatementsWhateverItsSize() throws Exception {
        long ten = statementsFor("/songs/liked?limit=10", 10);
        long hundred = statementsFor("/songs/liked?limit=100", SONGS / 2);
        System.out.printf("SQL statements for GET /songs/liked: 10 songs=%d, 100 songs=%d%n", ten, hundred);

        assertThat(hundred).isEqualTo(ten).isLessThanOrEqualTo(4);
    }
}
