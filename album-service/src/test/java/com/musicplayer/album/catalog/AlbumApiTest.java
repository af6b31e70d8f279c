package com.musicplayer.album.catalog;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.test.ServiceContract;
import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest
class AlbumApiTest {

    /** An admin's and a listener's bearer tokens; both users exist, as a token's user must. */
    String admin;

    String user;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    TestRows rows;

    @BeforeEach
    void givenAnAdminAndAListener() {
        rows = new TestRows(jdbc);
        admin = bearer(TestTokens.admin(rows.admin("root")));
        user = bearer(TestTokens.user(rows.user("listener")));
    }

    ResultActions create(String body) throws Exception {
        return mvc.perform(post("/albums")
                .header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    long created(String title, String artist, String genre) throws Exception {
        String body = create("""
                        {"title":"%s","artist":"%s","genre":"%s"}
                        """.formatted(title, artist, genre))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    @Test
    void createAlbumAsAdminThen201WithLocationAndRow() throws Exception {
        String body = create("""
                        {"title":" Abbey Road ","artist":"The Beatles","genre":"Rock",
                         "description":"Their last recorded album","cover_image_url":"https://img.example.com/abbey.jpg"}
                        """)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/albums/")))
                .andExpect(jsonPath("$.title").value("Abbey Road"))
                .andExpect(jsonPath("$.artist").value("The Beatles"))
                .andExpect(jsonPath("$.genre").value("Rock"))
                .andExpect(jsonPath("$.description").value("Their last recorded album"))
                .andExpect(jsonPath("$.cover_image_url").value("https://img.example.com/abbey.jpg"))
                .andExpect(jsonPath("$.song_count").value(0))
                .andExpect(jsonPath("$.created_at", endsWith("Z")))
                .andExpect(jsonPath("$.updated_at").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode album = json.readTree(body);
        long id = album.get("id").asLong();
        assertThat(rows.count("select count(*) from albums where id = ? and title = 'Abbey Road'", id))
                .isEqualTo(1);

        mvc.perform(get("/albums/" + id).header(HttpHeaders.AUTHORIZATION, user))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.created_at").value(album.get("created_at").asText()));
    }

    @Test
    void createAlbumWhenNotAdminThen403AndWithoutTokenThen401() throws Exception {
        String body = "{\"title\":\"T\",\"artist\":\"A\",\"genre\":\"G\"}";
        mvc.perform(post("/albums")
                        .header(HttpHeaders.AUTHORIZATION, user)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").exists());
        mvc.perform(post("/albums").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")));
        assertThat(rows.count("select count(*) from albums")).isZero();
    }

    @Test
    void createAlbumWithInvalidFieldsThen422() throws Exception {
        create("""
                        {"title":"  ","artist":"%s","genre":"%s","description":"%s","cover_image_url":"javascript:alert(1)"}
                        """.formatted("a".repeat(101), "g".repeat(51), "d".repeat(501)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].loc[0]").value("body"))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("artist")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("genre")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("description")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("cover_image_url")));
        create("{\"title\":\"T\",\"artist\":\"A\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("genre"));
        create("{\"title\":\"T\",\"artist\":\"A\",\"genre\":\"G\",\"cover_image_url\":\"ftp://x.example.com/a.jpg\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("cover_image_url"));
        assertThat(rows.count("select count(*) from albums")).isZero();
    }

    @Test
    void createAlbumWithMalformedJsonThen400AndWrongTypeThen422() throws Exception {
        create("{\"title\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Malformed JSON in request body"));
        create("{\"title\":[1],\"artist\":\"A\",\"genre\":\"G\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("title"));
    }

    @Test
    void getAlbumIncludesSongCount() throws Exception {
        long album = created("Abbey Road", "The Beatles", "Rock");
        rows.track(album, rows.song("Come Together", "The Beatles", "Rock"), 1);
        rows.track(album, rows.song("Something", "The Beatles", "Rock"), 2);

        mvc.perform(get("/albums/" + album).header(HttpHeaders.AUTHORIZATION, user))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(album))
                .andExpect(jsonPath("$.title").value("Abbey Road"))
                .andExpect(jsonPath("$.song_count").value(2));
    }

    @Test
    void getAlbumWithoutTokenThen401() throws Exception {
        long album = created("Abbey Road", "The Beatles", "Rock");
        mvc.perform(get("/albums/" + album))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/albums/" + album).header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void getUnknownAlbumThen404AndBadIdThen400() throws Exception {
        mvc.perform(get("/albums/424242").header(HttpHeaders.AUTHORIZATION, user))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Album 424242 not found"));
        mvc.perform(get("/albums/abc").header(HttpHeaders.AUTHORIZATION, user)).andExpect(status().isBadRequest());
    }

    @Test
    void listIsPublicWithSongCounts() throws Exception {
        long abbey = created("Abbey Road", "The Beatles", "Rock");
        long blue = created("Kind of Blue", "Miles Davis", "Jazz");
        rows.track(abbey, rows.song("Come Together", "The Beatles", "Rock"), 1);

        mvc.perform(get("/albums"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(header().doesNotExist(HttpHeaders.LINK))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(abbey))
                .andExpect(jsonPath("$[0].song_count").value(1))
                .andExpect(jsonPath("$[1].id").value(blue))
                .andExpect(jsonPath("$[1].song_count").value(0));
    }

    @Test
    void listFiltersByArtistAndGenreExactlyIgnoringCase() throws Exception {
        long abbey = created("Abbey Road", "The Beatles", "Rock");
        created("Let It Be", "The Beatles Tribute", "Rock");
        created("Kind of Blue", "Miles Davis", "Jazz");

        mvc.perform(get("/albums").param("artist", "the beatles"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(abbey));
        mvc.perform(get("/albums?genre=ROCK&sort=-title"))
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$[0].title").value("Let It Be"))
                .andExpect(jsonPath("$[1].title").value("Abbey Road"));
        mvc.perform(get("/albums").param("genre", "rock").param("artist", "Miles Davis"))
                .andExpect(header().string("X-Total-Count", "0"));
    }

    @Test
    void listSearchesTitleAndArtistIgnoringCase() throws Exception {
        long abbey = created("Abbey Road", "The Beatles", "Rock");
        long blue = created("Kind of Blue", "Miles Davis", "Jazz");
        created("100% Hits", "Various", "Pop");

        mvc.perform(get("/albums?q=ROAD"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(abbey));
        mvc.perform(get("/albums?q=davis"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(blue));
        // % and _ are searched for literally, not as wildcards
        mvc.perform(get("/albums").param("q", "0%"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].title").value("100% Hits"));
        mvc.perform(get("/albums?q=_")).andExpect(header().string("X-Total-Count", "0"));
    }

    @Test
    void listPagesAndSortsWithLinkHeaders() throws Exception {
        for (String title : new String[] {"e", "d", "c", "b", "a"}) {
            created(title, "Artist", "Pop");
        }
        mvc.perform(get("/albums?limit=2&offset=2&sort=title"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "5"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].title").value("c"))
                .andExpect(jsonPath("$[1].title").value("d"))
                .andExpect(header().string(HttpHeaders.LINK, containsString("offset=4")))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"next\"")))
                .andExpect(header().string(HttpHeaders.LINK, containsString("offset=0")))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"prev\"")));
        mvc.perform(get("/albums?sort=-created_at&limit=1"))
                .andExpect(jsonPath("$[0].title").value("a"));
        mvc.perform(get("/albums?sort=artist,-title&limit=1"))
                .andExpect(jsonPath("$[0].title").value("e"));
    }

    @Test
    void listWithBadPagingOrSortThen400() throws Exception {
        mvc.perform(get("/albums?limit=201"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("limit"));
        mvc.perform(get("/albums?offset=-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/albums?limit=abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/albums?sort=genre"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Cannot sort by 'genre'")));
        mvc.perform(get("/albums?q=" + "x".repeat(101))).andExpect(status().isBadRequest());
    }

    @Test
    void updateAlbumPartiallyAsAdmin() throws Exception {
        long album = created("Abbey Road", "The Beatles", "Rock");
        mvc.perform(put("/albums/" + album)
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"genre\":\"Pop Rock\",\"cover_image_url\":\"http://img.example.com/a.png\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(album))
                .andExpect(jsonPath("$.title").value("Abbey Road"))
                .andExpect(jsonPath("$.artist").value("The Beatles"))
                .andExpect(jsonPath("$.genre").value("Pop Rock"))
                .andExpect(jsonPath("$.cover_image_url").value("http://img.example.com/a.png"))
                .andExpect(jsonPath("$.song_count").value(0));
        assertThat(jdbc.queryForObject("select genre from albums where id = ?", String.class, album))
                .isEqualTo("Pop Rock");
    }

    @Test
    void updateAlbumWithBlankOrInvalidFieldsThen422() throws Exception {
        long album = created("Abbey Road", "The Beatles", "Rock");
        mvc.perform(put("/albums/" + album)
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"\",\"description\":\"  \",\"cover_image_url\":\"not a url\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("description")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("cover_image_url")));
        assertThat(jdbc.queryForObject("select title from albums where id = ?", String.class, album))
                .isEqualTo("Abbey Road");
    }

    @Test
    void updateAlbumWhenNotAdminThen403AndUnknownThen404() throws Exception {
        long album = created("Abbey Road", "The Beatles", "Rock");
        mvc.perform(put("/albums/" + album)
                        .header(HttpHeaders.AUTHORIZATION, user)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Mine\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/albums/999999")
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Mine\"}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select title from albums where id = ?", String.class, album))
                .isEqualTo("Abbey Road");
    }

    @Test
    void deleteAlbumKeepsSongsAndDropsMemberships() throws Exception {
        long album = created("Abbey Road", "The Beatles", "Rock");
        long other = created("Hits", "Various", "Pop");
        long song = rows.song("Come Together", "The Beatles", "Rock");
        rows.track(album, song, 1);
        rows.track(other, song, 1);

        mvc.perform(delete("/albums/" + album).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));
        assertThat(rows.count("select count(*) from albums where id = ?", album))
                .isZero();
        assertThat(rows.count("select count(*) from album_songs where album_id = ?", album))
                .isZero();
        assertThat(rows.count("select count(*) from album_songs where album_id = ?", other))
                .isEqualTo(1);
        assertThat(rows.count("select count(*) from songs where id = ?", song)).isEqualTo(1);
        mvc.perform(get("/albums/" + album).header(HttpHeaders.AUTHORIZATION, user))
                .andExpect(status().isNotFound());
    }

    @Test
    void deleteAlbumWhenNotAdminThen403AndUnknownThen404() throws Exception {
        long album = created("Abbey Road", "The Beatles", "Rock");
        mvc.perform(delete("/albums/" + album).header(HttpHeaders.AUTHORIZATION, user))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/albums/" + album)).andExpect(status().isUnauthorized());
        mvc.perform(delete("/albums/999999").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNotFound());
        assertThat(rows.count("select count(*) from albums")).isEqualTo(1);
    }

    @Test
    void unknownRouteThen404AndWrongMethodThen405() throws Exception {
        mvc.perform(get("/nothing-here").header(HttpHeaders.AUTHORIZATION, user))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/albums/1").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    void healthAndDocsArePublic() throws Exception {
        ServiceContract.assertHealthAndDocs(mvc, "/albums/{id}/songs/{song_id}");
    }
}
