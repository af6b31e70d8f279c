package com.musicplayer.album.catalog;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.db.UtcTimestamp;
import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The songs album-service shows — an album's tracks, an artist's songs, a search — carry play_count
 * and the caller's last_played_at like every song read (the plays are song-service's: written here
 * as its library module writes them).
 */
@ServiceTest
class PlayCountsOnCatalogReadsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String adaToken;
    String bobToken;
    long album;
    long artist;
    long played;
    Instant adasLast;

    @BeforeEach
    void givenAnAlbumWithAPlayedTrack() {
        TestRows rows = new TestRows(jdbc);
        long ada = rows.user("ada");
        adaToken = bearer(TestTokens.user(ada));
        bobToken = bearer(TestTokens.user(rows.user("bob")));
        album = rows.album("Records", "Zed Band", "Pop");
        artist = rows.artist("Zed Band");
        played = rows.song("Played Zed", "Zed Band", "Pop");
        long quiet = rows.song("Quiet Zed", "Zed Band", "Pop");
        rows.track(album, played, 1);
        rows.track(album, quiet, 2);
        adasLast = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.MICROS);
        play(ada, played, adasLast.minusSeconds(3600));
        play(ada, played, adasLast);
        jdbc.update("insert into song_play_counts (song_id, play_count) values (?, 2)", played);
    }

    void play(long user, long song, Instant at) {
        jdbc.update(
                "insert into plays (user_id, song_id, played_at) values (?, ?, ?)", user, song, UtcTimestamp.of(at));
    }

    @Test
    void anAlbumsTracksCarryThem() throws Exception {
        mvc.perform(get("/albums/" + album + "/songs").header(HttpHeaders.AUTHORIZATION, adaToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(played))
                .andExpect(jsonPath("$[0].play_count").value(2))
                .andExpect(jsonPath("$[0].last_played_at").value(adasLast.toString()))
                .andExpect(jsonPath("$[1].play_count").value(0))
                .andExpect(jsonPath("$[1].last_played_at").doesNotExist());
        mvc.perform(get("/albums/" + album + "/songs").header(HttpHeaders.AUTHORIZATION, bobToken))
                .andExpect(jsonPath("$[0].play_count").value(2))
                .andExpect(jsonPath("$[0].last_played_at").doesNotExist());
    }

    @Test
    void anArtistsSongsCarryThem() throws Exception {
        mvc.perform(get("/artists/" + artist + "/songs").header(HttpHeaders.AUTHORIZATION, adaToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + played + ")].play_count").value(2))
                .andExpect(
                        jsonPath("$[?(@.id == " + played + ")].last_played_at").value(adasLast.toString()));
    }

    @Test
    void aSearchCarriesThem() throws Exception {
        mvc.perform(get("/search?q=played").header(HttpHeaders.AUTHORIZATION, adaToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.songs[0].id").value(played))
                .andExpect(jsonPath("$.songs[0].play_count").value(2))
                .andExpect(jsonPath("$.songs[0].last_played_at").value(adasLast.toString()));
        mvc.perform(get("/search?q=played"))
                .andExpect(jsonPath("$.songs[0].play_count").value(2))
                .andExpect(jsonPath("$.songs[0].last_played_at").doesNotExist());
    }
}
