package com.musicplayer.album.catalog;

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

/**
 * Album, artist and track lists cost the same few SQL statements for 10 items or 200 (no query per
 * row), counted at the JDBC level whatever issues them.
 */
@ServiceTest
@Import(StatementCounter.class)
class AlbumListStatementsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter statements;

    @Autowired
    CachedCounts counts;

    TestRows rows;
    long ada;

    @BeforeEach
    void setUp() {
        rows = new TestRows(jdbc);
        ada = rows.user("ada");
    }

    long statementsFor(String url, int expectedItems) throws Exception {
        String token = bearer(TestTokens.user(ada));
        // the token's revocation state is looked up once and then cached: not part of the page
        mvc.perform(get("/albums?limit=1").header(HttpHeaders.AUTHORIZATION, token));
        counts.evictAll();
        statements.reset();
        mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(expectedItems));
        return statements.count();
    }

    @Test
    void albumPageWithSongCountsCostsConstantStatements() throws Exception {
        long song = rows.song("shared", "X", "Pop");
        for (int i = 0; i < 200; i++) {
            rows.track(rows.album("album " + i, "X", "Pop"), song, 1);
        }
        long ten = statementsFor("/albums?limit=10", 10);
        long twoHundred = statementsFor("/albums?limit=200", 200);
        System.out.printf(
                "SQL statements for GET /albums with song_count: 10 albums=%d, 200 albums=%d%n", ten, twoHundred);

        // the page with its counts, and the total
        assertThat(twoHundred).isEqualTo(ten).isEqualTo(2);
    }

    @Test
    void artistPageWithAlbumAndSongCountsCostsConstantStatements() throws Exception {
        for (int i = 0; i < 200; i++) {
            rows.album("album " + i, "Artist " + i, "Pop");
            rows.song("song " + i, "Artist " + i, "Pop");
        }
        long ten = statementsFor("/artists?limit=10", 10);
        long twoHundred = statementsFor("/artists?limit=200", 200);
        long sorted = statementsFor("/artists?limit=200&sort=name", 200);
        System.out.printf(
                "SQL statements for GET /artists with album_count and song_count: 10 artists=%d, 200 artists=%d%n",
                ten, twoHundred);

        assertThat(twoHundred).isEqualTo(ten).isEqualTo(sorted).isEqualTo(2);
    }

    @Test
    void trackPageWithLikesCostsConstantStatements() throws Exception {
        long album = rows.album("Long", "X", "Pop");
        for (int i = 0; i < 200; i++) {
            long song = rows.song("song " + i, "X", "Pop");
            rows.track(album, song, i + 1);
            rows.like(ada, song);
        }
        long ten = statementsFor("/albums/" + album + "/songs?limit=10", 10);
        long twoHundred = statementsFor("/albums/" + album + "/songs?limit=200", 200);
        System.out.printf(
                "SQL statements for GET /albums/{id}/songs with like_count and liked: 10 songs=%d, 200 songs=%d%n",
                ten, twoHundred);

        // the album's existence, the page with its likes, and the total
        assertThat(twoHundred).isEqualTo(ten).isEqualTo(3);
    }
}
