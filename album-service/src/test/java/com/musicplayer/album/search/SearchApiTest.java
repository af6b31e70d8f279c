package com.musicplayer.album.search;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.StatementCounter;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /search}: artists, albums and songs at once, best match first (DESIGN §7). */
@ServiceTest
@Import(StatementCounter.class)
class SearchApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    StatementCounter statements;

    TestRows rows;

    @BeforeEach
    void setUp() {
        rows = new TestRows(jdbc);
    }

    /** @param query {@code name=value&...}, values unencoded */
    JsonNode search(String query) throws Exception {
        var request = get("/search");
        for (String pair : query.split("&")) {
            request.param(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return json.readTree(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static List<String> names(JsonNode items, String field) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get(field).asText()));
        return names;
    }

    @Test
    void searchRanksWholeNameThenPrefixThenWordThenSubstring() throws Exception {
        // inserted worst match first, so that id order alone would give the wrong answer
        rows.song("Glove Box", "Someone", "Pop");
        rows.song("Crazy Love", "Someone", "Pop");
        rows.song("Lovely Day", "Bill Withers", "Soul");
        rows.song("love", "Someone", "Pop");
        rows.album("Glovebox Sessions", "Band", "Pop");
        rows.album("Love Deluxe", "Sade", "Soul");
        rows.song("Unrelated", "Lovers Rock", "Reggae");
        rows.song("Unrelated too", "The Love Unlimited Orchestra", "Soul");
        rows.song("Also unrelated", "Love", "Rock");

        JsonNode found = search("q=LOVE&limit=10");

        assertThat(names(found.get("songs"), "title")).containsExactly("love", "Lovely Day", "Crazy Love", "Glove Box");
        assertThat(names(found.get("albums"), "title")).containsExactly("Love Deluxe", "Glovebox Sessions");
        assertThat(names(found.get("artists"), "name"))
                .containsExactly("Love", "Lovers Rock", "The Love Unlimited Orchestra");
        assertThat(found.get("artists").get(0).get("song_count").asLong()).isEqualTo(1);
    }

    @Test
    void eachListIsBoundedByLimitWithBestMatchesKept() throws Exception {
        for (int i = 0; i < 8; i++) {
            rows.song("Sunshine " + i, "Artist", "Pop");
        }
        rows.song("sunshine", "Artist", "Pop");

        JsonNode found = search("q=sunshine&limit=3");
        assertThat(names(found.get("songs"), "title")).containsExactly("sunshine", "Sunshine 0", "Sunshine 1");
        assertThat(search("q=sunshine").get("songs")).hasSize(5); // the default limit
        assertThat(found.get("albums")).isEmpty();
    }

    @Test
    void searchIsPublicAndShowsTheCallersLikesWithAToken() throws Exception {
        long song = rows.song("Heroes", "David Bowie", "Rock");
        long ada = rows.user("ada");
        rows.like(ada, song);

        mvc.perform(get("/search?q=hero"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.songs[0].title").value("Heroes"))
                .andExpect(jsonPath("$.songs[0].like_count").value(1))
                .andExpect(jsonPath("$.songs[0].liked").doesNotExist());
        mvc.perform(get("/search?q=hero").header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada))))
                .andExpect(jsonPath("$.songs[0].liked").value(true));
    }

    @Test
    void wildcardsInTheTermAreLiteral() throws Exception {
        rows.song("100% Pure", "A", "Pop");
        rows.song("1000 Miles", "A", "Pop");
        rows.song("snake_case", "A", "Pop");
        rows.song("snakeXcase", "A", "Pop");

        assertThat(names(search("q=100%").get("songs"), "title")).containsExactly("100% Pure");
        assertThat(names(search("q=snake_").get("songs"), "title")).containsExactly("snake_case");
    }

    @Test
    void badTermsAndLimitsAre400() throws Exception {
        mvc.perform(get("/search")).andExpect(status().isBadRequest());
        mvc.perform(get("/search").param("q", "  ")).andExpect(status().isBadRequest());
        mvc.perform(get("/search?q=" + "x".repeat(101))).andExpect(status().isBadRequest());
        mvc.perform(get("/search?q=a&limit=0")).andExpect(status().isBadRequest());
        mvc.perform(get("/search?q=a&limit=51")).andExpect(status().isBadRequest());
        mvc.perform(get("/search?q=a&limit=ten")).andExpect(status().isBadRequest());
    }

    @Test
    void aSearchCostsAtMostFourBoundedStatementsPerKind() throws Exception {
        for (int i = 0; i < 100; i++) {
            rows.song("common word " + i, "Artist " + i, "Pop");
        }
        statements.reset();
        search("q=word&limit=50");
        long many = statements.count();
        statements.reset();
        search("q=zzz&limit=50");
        long none = statements.count();
        System.out.printf("SQL statements for GET /search: 100 matches=%d, none=%d%n", many, none);

        // four ranks for each of artists, albums and songs, however many songs match
        assertThat(many).isLessThanOrEqualTo(12);
        assertThat(none).isEqualTo(12);
    }
}
