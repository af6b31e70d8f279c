package com.musicplayer.song.play;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** GET /me/now-playing: what a player reported with submission false, until it ends or the next song starts. */
@ServiceTest
class NowPlayingApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    TestRows rows;
    Players players;
    String adaToken;
    long threeMinutes;
    long unknownLength;

    @BeforeEach
    void givenAUserAndSongs() {
        rows = new TestRows(jdbc);
        players = new Players(mvc);
        adaToken = bearer(TestTokens.user(rows.user("ada")));
        threeMinutes = rows.song("Three Minutes", "X", "Pop");
        jdbc.update("update songs set duration = 180 where id = ?", threeMinutes);
        unknownLength = rows.song("Unknown Length", "X", "Pop");
    }

    ResultActions nowPlaying(String token) throws Exception {
        return mvc.perform(get("/me/now-playing").header(HttpHeaders.AUTHORIZATION, token));
    }

    @Test
    void nothingPlayingThen204() throws Exception {
        nowPlaying(adaToken)
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));
    }

    @Test
    void nowPlayingShowsTheSongAndIsNotAPlay() throws Exception {
        Instant started = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MICROS);
        players.report(adaToken, threeMinutes, "{\"submission\":false,\"played_at\":\"" + started + "\"}")
                .andExpect(status().isNoContent());

        nowPlaying(adaToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.song.id").value(threeMinutes))
                .andExpect(jsonPath("$.song.title").value("Three Minutes"))
                .andExpect(jsonPath("$.song.play_count").value(0))
                .andExpect(jsonPath("$.started_at").value(started.toString()));
        assertThat(rows.count("select count(*) from plays")).isZero();
        mvc.perform(get("/me/plays").header(HttpHeaders.AUTHORIZATION, adaToken))
                .andExpect(header().string("X-Total-Count", "0"));
        mvc.perform(get("/songs/" + threeMinutes).header(HttpHeaders.AUTHORIZATION, adaToken))
                .andExpect(jsonPath("$.play_count").value(0))
                .andExpect(jsonPath("$.last_played_at").doesNotExist());
    }

    @Test
    void startedAtDefaultsToNow() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        players.report(adaToken, threeMinutes, "{\"submission\":false}").andExpect(status().isNoContent());

        String started = new tools.jackson.databind.json.JsonMapper()
                .readTree(nowPlaying(adaToken).andReturn().getResponse().getContentAsString())
                .get("started_at")
                .asString();
        assertThat(Instant.parse(started)).isBetween(before, Instant.now());
    }

    @Test
    void theNextSongReplacesIt() throws Exception {
        players.playing(adaToken, threeMinutes, Instant.now().minusSeconds(170));
        players.playing(adaToken, unknownLength, Instant.now());

        nowPlaying(adaToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.song.id").value(unknownLength));
        assertThat(rows.count("select count(*) from now_playing")).isEqualTo(1);
    }

    @Test
    void eachUserHasTheirOwn() throws Exception {
        String bobToken = bearer(TestTokens.user(rows.user("bob")));
        players.playing(adaToken, threeMinutes, Instant.now());
        players.playing(bobToken, unknownLength, Instant.now());

        nowPlaying(adaToken).andExpect(jsonPath("$.song.id").value(threeMinutes));
        nowPlaying(bobToken).andExpect(jsonPath("$.song.id").value(unknownLength));
    }

    @Test
    void itEndsWhenTheSongWouldHaveEnded() throws Exception {
        // 180 s of song and a minute's grace: still playing after 3 minutes, over after 4
        players.playing(adaToken, threeMinutes, Instant.now().minus(Duration.ofMinutes(3)));
        nowPlaying(adaToken).andExpect(status().isOk());

        players.playing(adaToken, threeMinutes, Instant.now().minus(Duration.ofMinutes(4)));
        nowPlaying(adaToken).andExpect(status().isNoContent());
    }

    @Test
    void aSongOfUnknownLengthEndsAfterTenMinutes() throws Exception {
        players.playing(adaToken, unknownLength, Instant.now().minus(Duration.ofMinutes(9)));
        nowPlaying(adaToken).andExpect(status().isOk());

        players.playing(adaToken, unknownLength, Instant.now().minus(Duration.ofMinutes(11)));
        nowPlaying(adaToken).andExpect(status().isNoContent());
    }

    @Test
    void aPlayDoesNotChangeWhatIsPlaying() throws Exception {
        players.playing(adaToken, threeMinutes, Instant.now());
        players.played(adaToken, unknownLength, Instant.now());

        nowPlaying(adaToken).andExpect(jsonPath("$.song.id").value(threeMinutes));
    }
}
