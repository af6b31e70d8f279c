package com.musicplayer.song.play;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** What a player sends: plays and the song playing now, through the API. */
record Players(MockMvc mvc) {

    ResultActions report(String token, long song, String body) throws Exception {
        return mvc.perform(post("/songs/" + song + "/plays")
                .header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** A play at {@code at}, answered 204. */
    void played(String token, long song, Instant at) throws Exception {
        report(token, song, "{\"submission\":true,\"played_at\":\"" + at + "\"}")
                .andExpect(status().isNoContent());
    }

    /** The song started at {@code at} and plays now, answered 204. */
    void playing(String token, long song, Instant at) throws Exception {
        report(token, song, "{\"submission\":false,\"played_at\":\"" + at + "\"}")
                .andExpect(status().isNoContent());
    }
}
