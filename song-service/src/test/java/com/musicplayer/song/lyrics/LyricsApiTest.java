package com.musicplayer.song.lyrics;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.catalog.lyrics.Lyrics;
import com.musicplayer.catalog.lyrics.LyricsView;
import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** GET /songs/{id}/lyrics (DESIGN §9): what the import stored, plain and synced, or 404. */
@ServiceTest
class LyricsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Lyrics lyrics;

    @Autowired
    TransactionTemplate transactions;

    TestRows rows;
    String token;

    @BeforeEach
    void givenAListener() {
        rows = new TestRows(jdbc);
        token = bearer(TestTokens.user(rows.user("ada")));
    }

    /** As a scan stores them: through the catalog's API. */
    void stored(long songId, LyricsView view, String source) {
        transactions.executeWithoutResult(status -> lyrics.replace(songId, view, source, false));
    }

    @Test
    void syncedAndPlainLyricsWithStartTimesInMilliseconds() throws Exception {
        long song = rows.song("Yesterday", "The Beatles", "Pop");
        stored(
                song,
                new LyricsView(
                        "Yesterday, all my troubles\nseemed so far away",
                        List.of(
                                new LyricsView.Line(500, "Yesterday, all my troubles"),
                                new LyricsView.Line(4250, "seemed so far away"))),
                "lrc");

        mvc.perform(get("/songs/" + song + "/lyrics").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plain").value("Yesterday, all my troubles\nseemed so far away"))
                .andExpect(jsonPath("$.synced.length()").value(2))
                .andExpect(jsonPath("$.synced[0].start_ms").value(500))
                .andExpect(jsonPath("$.synced[0].text").value("Yesterday, all my troubles"))
                .andExpect(jsonPath("$.synced[1].start_ms").value(4250));
    }

    @Test
    void plainOnlyLeavesSyncedOut() throws Exception {
        long song = rows.song("Plain", "Ada", "Pop");
        stored(song, new LyricsView("Just words", List.of()), "embedded");

        mvc.perform(get("/songs/" + song + "/lyrics").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plain").value("Just words"))
                .andExpect(jsonPath("$.synced").doesNotExist());
    }

    @Test
    void syncedOnlyLeavesPlainOut() throws Exception {
        long song = rows.song("Synced", "Ada", "Pop");
        stored(song, new LyricsView(null, List.of(new LyricsView.Line(0, "From the start"))), "lrc");

        mvc.perform(get("/songs/" + song + "/lyrics").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plain").doesNotExist())
                .andExpect(jsonPath("$.synced[0].start_ms").value(0))
                .andExpect(jsonPath("$.synced[0].text").value("From the start"));
    }

    @Test
    void aSongWithoutLyricsOrNoSongIs404() throws Exception {
        long song = rows.song("Instrumental", "Ada", "Jazz");

        mvc.perform(get("/songs/" + song + "/lyrics").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString(String.valueOf(song))));
        mvc.perform(get("/songs/999999/lyrics").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isNotFound());
    }

    @Test
    void lyricsNeedAToken() throws Exception {
        long song = rows.song("Yesterday", "The Beatles", "Pop");

        mvc.perform(get("/songs/" + song + "/lyrics")).andExpect(status().isUnauthorized());
    }
}
