package com.musicplayer.album.catalog;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ServiceTest
class TrackApiTest {

    /** An admin's and a listener's bearer tokens; both users exist, as a token's user must. */
    String admin;

    String user;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    TestRows rows;
    long album;

    @BeforeEach
    void givenAnAlbum() {
        rows = new TestRows(jdbc);
        album = rows.album("Abbey Road", "The Beatles", "Rock");
        admin = bearer(TestTokens.admin(rows.admin("root")));
        user = bearer(TestTokens.user(rows.user("listener")));
    }

    ResultActions place(long albumId, long songId, String body) throws Exception {
        var request = put("/albums/" + albumId + "/songs/" + songId).header(HttpHeaders.AUTHORIZATION, admin);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    void placed(long songId, String body) throws Exception {
        place(album, songId, body).andExpect(status().isNoContent());
    }

    /** The album's song ids in track order, checking positions run 1..n. */
    List<Long> order(long albumId) {
        List<Long> ids = new ArrayList<>();
        jdbc.query(
                "select song_id, position from album_songs where album_id = ? order by position",
                row -> {
                    assertThat(row.getInt("position")).isEqualTo(ids.size() + 1);
                    ids.add(row.getLong("song_id"));
                },
                albumId);
        return ids;
    }

    long song(String title) {
        return rows.song(title, "The Beatles", "Rock");
    }

    @Test
    void addSongsWithoutPositionAppendsInOrder() throws Exception {
        long a = song("Come Together");
        long b = song("Something");
        long c = song("Octopus's Garden");
        placed(a, null);
        placed(b, "{}");
        placed(c, "{\"position\":null}");
        assertThat(order(album)).containsExactly(a, b, c);
    }

    @Test
    void addSongAtPositionShiftsLaterTracksDown() throws Exception {
        long a = song("a");
        long b = song("b");
        long c = song("c");
        placed(a, null);
        placed(b, null);
        placed(c, "{\"position\":1}");
        assertThat(order(album)).containsExactly(c, a, b);
        long d = song("d");
        placed(d, "{\"position\":3}");
        assertThat(order(album)).containsExactly(c, a, d, b);
    }

    @Test
    void addSongPastTheEndClampsToTheEnd() throws Exception {
        long a = song("a");
        long b = song("b");
        placed(a, "{\"position\":7}");
        placed(b, "{\"position\":1000}");
        assertThat(order(album)).containsExactly(a, b);
    }

    @Test
    void moveSongUpAndDownKeepsPositionsWithoutGaps() throws Exception {
        long a = song("a");
        long b = song("b");
        long c = song("c");
        long d = song("d");
        for (long s : new long[] {a, b, c, d}) {
            placed(s, null);
        }
        placed(d, "{\"position\":2}");
        assertThat(order(album)).containsExactly(a, d, b, c);
        placed(a, "{\"position\":3}");
        assertThat(order(album)).containsExactly(d, b, a, c);
        placed(b, "{\"position\":99}");
        assertThat(order(album)).containsExactly(d, a, c, b);
        placed(c, "{\"position\":3}");
        assertThat(order(album)).containsExactly(d, a, c, b);
    }

    @Test
    void putSongAlreadyOnAlbumWithoutPositionLeavesItInPlace() throws Exception {
        long a = song("a");
        long b = song("b");
        placed(a, null);
        placed(b, null);
        placed(a, null);
        assertThat(order(album)).containsExactly(a, b);
    }

    @Test
    void songMayBeOnSeveralAlbums() throws Exception {
        long other = rows.album("1", "The Beatles", "Rock");
        long a = song("a");
        placed(a, null);
        place(other, a, null).andExpect(status().isNoContent());
        assertThat(order(album)).containsExactly(a);
        assertThat(order(other)).containsExactly(a);
    }

    @Test
    void placeWithPositionBelowOneOrWrongTypeThen422() throws Exception {
        long a = song("a");
        place(album, a, "{\"position\":0}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].loc[0]").value("body"))
                .andExpect(jsonPath("$.errors[0].loc[1]").value("position"));
        place(album, a, "{\"position\":-3}").andExpect(status().isUnprocessableContent());
        place(album, a, "{\"position\":\"first\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("position"));
        place(album, a, "{\"position\":1.5}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("position"));
        place(album, a, "{\"position\": ").andExpect(status().isBadRequest());
        assertThat(order(album)).isEmpty();
    }

    @Test
    void placeUnknownSongOrAlbumThen404() throws Exception {
        long a = song("a");
        place(album, 999999, null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Song 999999 not found"));
        place(999999, a, null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Album 999999 not found"));
        assertThat(rows.count("select count(*) from album_songs")).isZero();
    }

    @Test
    void trackWritesWhenNotAdminThen403AndWithoutTokenThen401() throws Exception {
        long a = song("a");
        mvc.perform(put("/albums/" + album + "/songs/" + a).header(HttpHeaders.AUTHORIZATION, user))
                .andExpect(status().isForbidden());
        mvc.perform(put("/albums/" + album + "/songs/" + a)).andExpect(status().isUnauthorized());
        placed(a, null);
        mvc.perform(delete("/albums/" + album + "/songs/" + a).header(HttpHeaders.AUTHORIZATION, user))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/albums/" + album + "/songs/" + a)).andExpect(status().isUnauthorized());
        assertThat(order(album)).containsExactly(a);
    }

    @Test
    void removeSongClosesTheGap() throws Exception {
        long a = song("a");
        long b = song("b");
        long c = song("c");
        for (long s : new long[] {a, b, c}) {
            placed(s, null);
        }
        mvc.perform(delete("/albums/" + album + "/songs/" + b).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNoContent());
        assertThat(order(album)).containsExactly(a, c);
        assertThat(rows.count("select count(*) from songs where id = ?", b)).isEqualTo(1);
    }

    @Test
    void removeSongNotOnAlbumOrUnknownAlbumThen404() throws Exception {
        long a = song("a");
        mvc.perform(delete("/albums/" + album + "/songs/" + a).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Song " + a + " on album " + album + " not found"));
        mvc.perform(delete("/albums/999999/songs/" + a).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Album 999999 not found"));
    }

    @Test
    void listSongsInTrackOrderWithPositionAndLikes() throws Exception {
        long ada = rows.user("ada");
        long bob = rows.user("bob");
        long a = song("Come Together");
        long b = song("Something");
        placed(a, null);
        placed(b, "{\"position\":1}");
        rows.like(ada, a);
        rows.like(bob, a);
        rows.like(bob, b);

        mvc.perform(get("/albums/" + album + "/songs").header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada))))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].position").value(1))
                .andExpect(jsonPath("$[0].id").value(b))
                .andExpect(jsonPath("$[0].title").value("Something"))
                .andExpect(jsonPath("$[0].artist").value("The Beatles"))
                .andExpect(jsonPath("$[0].genre").value("Rock"))
                .andExpect(jsonPath("$[0].file_url").value("https://cdn.example.com/Something.mp3"))
                .andExpect(jsonPath("$[0].like_count").value(1))
                .andExpect(jsonPath("$[0].liked").value(false))
                .andExpect(jsonPath("$[0].created_at").exists())
                .andExpect(jsonPath("$[1].position").value(2))
                .andExpect(jsonPath("$[1].id").value(a))
                .andExpect(jsonPath("$[1].like_count").value(2))
                .andExpect(jsonPath("$[1].liked").value(true));
    }

    @Test
    void listSongsPagesInTrackOrder() throws Exception {
        for (int i = 0; i < 5; i++) {
            placed(song("t" + i), null);
        }
        mvc.perform(get("/albums/" + album + "/songs?limit=2&offset=2").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "5"))
                .andExpect(jsonPath("$[0].position").value(3))
                .andExpect(jsonPath("$[0].title").value("t2"))
                .andExpect(jsonPath("$[1].position").value(4))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"next\"")))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"prev\"")));
    }

    @Test
    void listSongsOfEmptyAlbumIsEmpty() throws Exception {
        mvc.perform(get("/albums/" + album + "/songs").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "0"))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void listSongsWithoutTokenThen401UnknownAlbumThen404AndSortThen400() throws Exception {
        mvc.perform(get("/albums/" + album + "/songs"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")));
        mvc.perform(get("/albums/999999/songs").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNotFound());
        mvc.perform(get("/albums/" + album + "/songs?sort=title").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("track order")));
    }

    @Test
    void concurrentAddsToOneAlbumKeepPositionsWithoutGaps() throws Exception {
        List<Long> songs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            songs.add(song("s" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < songs.size(); i++) {
                long s = songs.get(i);
                String body = i % 3 == 0 ? "{\"position\":1}" : null;
                results.add(pool.submit(
                        () -> place(album, s, body).andReturn().getResponse().getStatus()));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(204);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(order(album)).containsExactlyInAnyOrderElementsOf(songs);
    }
}
