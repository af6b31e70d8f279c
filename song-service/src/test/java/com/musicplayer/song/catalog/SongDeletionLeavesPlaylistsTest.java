package com.musicplayer.song.catalog;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** An admin's DELETE /songs/{id} takes the song out of every playlist and closes the gaps (library's listener). */
@ServiceTest
class SongDeletionLeavesPlaylistsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deletingASongClosesTheGapsItLeavesInPlaylists() throws Exception {
        TestRows rows = new TestRows(jdbc);
        long ada = rows.user("ada");
        String admin = bearer(TestTokens.admin(rows.admin("root")));
        long a = rows.song("a", "X", "Pop");
        long b = rows.song("b", "X", "Pop");
        jdbc.update(
                "INSERT INTO playlists (owner_id, name, public, version, song_count, duration, created_at,"
                        + " updated_at) VALUES (?, 'mix', FALSE, 1, 4, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                ada);
        long playlist = jdbc.queryForObject("SELECT id FROM playlists", Long.class);
        long[] order = {b, a, b, a};
        for (int i = 0; i < order.length; i++) {
            jdbc.update(
                    "INSERT INTO playlist_entries (playlist_id, position, song_id, added_at)"
                            + " VALUES (?, ?, ?, CURRENT_TIMESTAMP)",
                    playlist,
                    i + 1,
                    order[i]);
        }

        mvc.perform(delete("/songs/" + b).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNoContent());

        assertThat(jdbc.queryForList(
                        "SELECT position FROM playlist_entries WHERE playlist_id = ? ORDER BY position",
                        Integer.class,
                        playlist))
                .containsExactly(1, 2);
        assertThat(jdbc.queryForList(
                        "SELECT song_id FROM playlist_entries WHERE playlist_id = ? ORDER BY position",
                        Long.class,
                        playlist))
                .containsExactly(a, a);
        assertThat(jdbc.queryForObject("SELECT song_count FROM playlists WHERE id = ?", Integer.class, playlist))
                .isEqualTo(2);
    }
}
