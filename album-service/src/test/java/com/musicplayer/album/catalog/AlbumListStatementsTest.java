package com.musicplayer.album.catalog;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Album lists and track lists cost the same few SQL statements for 10 items or 200 (no query per row). */
@ServiceTest
@TestPropertySource(
        properties = {
            "spring.jpa.properties.hibernate.generate_statistics=true",
            "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN"
        })
class AlbumListStatementsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    Statistics statistics;
    TestRows rows;
    long ada;

    @BeforeEach
    void setUp() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        rows = new TestRows(jdbc);
        ada = rows.user("ada");
    }

    long statementsFor(String url, int expectedItems) throws Exception {
        statistics.clear();
        mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(expectedItems));
        return statistics.getPrepareStatementCount();
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

        assertThat(twoHundred).isEqualTo(ten).isLessThanOrEqualTo(3);
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

        assertThat(twoHundred).isEqualTo(ten).isLessThanOrEqualTo(5);
    }
}
