package com.musicplayer.song.catalog;

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
import java.util.ArrayList;
import java.util.List;
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
class SongApiTest {

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
        return mvc.perform(post("/songs")
                .header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    ResultActions update(long id, String body) throws Exception {
        return mvc.perform(put("/songs/" + id)
                .header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static String song(String fields) {
        return "{\"title\":\"Come Together\",\"artist\":\"The Beatles\",\"genre\":\"Rock\","
                + "\"file_url\":\"https://cdn.example.com/come-together.mp3\"" + (fields.isEmpty() ? "" : "," + fields)
                + "}";
    }

    @Test
    void createSongAsAdminThen201WithLocationAndRow() throws Exception {
        String body = create(
                        song(
                                "\"duration\":259,\"description\":\"Opening track\",\"cover_image_url\":\"http://img.example.com/c.jpg\",\"release_date\":\"1969-09-26\""))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/songs/")))
                .andExpect(jsonPath("$.title").value("Come Together"))
                .andExpect(jsonPath("$.artist").value("The Beatles"))
                .andExpect(jsonPath("$.genre").value("Rock"))
                .andExpect(jsonPath("$.file_url").value("https://cdn.example.com/come-together.mp3"))
                .andExpect(jsonPath("$.duration").value(259))
                .andExpect(jsonPath("$.description").value("Opening track"))
                .andExpect(jsonPath("$.cover_image_url").value("http://img.example.com/c.jpg"))
                .andExpect(jsonPath("$.release_date").value("1969-09-26"))
                .andExpect(jsonPath("$.like_count").value(0))
                .andExpect(jsonPath("$.liked").value(false))
                .andExpect(jsonPath("$.created_at", endsWith("Z")))
                .andExpect(jsonPath("$.updated_at").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode created = json.readTree(body);
        long id = created.get("id").asLong();
        assertThat(jdbc.queryForObject("select release_date from songs where id = ?", String.class, id))
                .startsWith("1969-09-26");
        assertThat(rows.count("select count(*) from songs where id = ? and duration = 259", id))
                .isEqualTo(1);
        mvc.perform(get("/songs/" + id).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.created_at").value(created.get("created_at").asText()));
    }

    @Test
    void createSongAcceptsReleaseDateAsDateTime() throws Exception {
        create(song("\"release_date\":\"2020-05-01T10:00:00Z\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.release_date").value("2020-05-01"));
        create(song("\"release_date\":\"2020-05-01T23:30:00-05:00\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.release_date").value("2020-05-01"));
        create(song("\"release_date\":\"2020-05-01T10:00:00\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.release_date").value("2020-05-01"));
    }

    @Test
    void createSongWithInvalidFieldsThen422() throws Exception {
        create("""
                        {"title":"  ","artist":"%s","genre":"%s","file_url":"file:///etc/passwd","duration":-1,
                         "description":"%s","cover_image_url":"javascript:alert(1)"}
                        """.formatted("a".repeat(101), "g".repeat(51), "d".repeat(501)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").exists())
                .andExpect(jsonPath("$.errors[0].loc[0]").value("body"))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("artist")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("genre")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("file_url")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("duration")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("description")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("cover_image_url")));
        create("{\"title\":\"T\",\"artist\":\"A\",\"genre\":\"G\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("file_url"));
        create(song("\"file_url\":\"https://x.example.com/" + "a".repeat(250) + "\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("file_url"));
        assertThat(rows.count("select count(*) from songs")).isZero();
    }

    @Test
    void createSongWithBadReleaseDateOrDurationTypeThen422() throws Exception {
        create(song("\"release_date\":\"01/05/2020\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("release_date"))
                .andExpect(jsonPath("$.errors[0].msg", containsString("date")));
        create(song("\"release_date\":\"2020-02-30\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("release_date"));
        create(song("\"release_date\":20200501"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("release_date"));
        create(song("\"duration\":\"long\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("duration"));
        create(song("\"duration\":3.5"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("duration"));
        assertThat(rows.count("select count(*) from songs")).isZero();
    }

    @Test
    void createSongWithMalformedJsonThen400() throws Exception {
        create("{\"title\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Malformed JSON in request body"));
    }

    @Test
    void createSongWhenNotAdminThen403AndWithoutTokenThen401() throws Exception {
        mvc.perform(post("/songs")
                        .header(HttpHeaders.AUTHORIZATION, user)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(song("")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/songs").contentType(MediaType.APPLICATION_JSON).content(song("")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")));
        assertThat(rows.count("select count(*) from songs")).isZero();
    }

    @Test
    void getSongShowsLikeCountAndWhetherCallerLikesIt() throws Exception {
        long ada = rows.user("ada");
        long bob = rows.user("bob");
        long carol = rows.user("carol");
        long song = rows.song("Something", "The Beatles", "Rock");
        rows.like(ada, song);
        rows.like(bob, song);

        mvc.perform(get("/songs/" + song).header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(song))
                .andExpect(jsonPath("$.title").value("Something"))
                .andExpect(jsonPath("$.file_url").value("https://cdn.example.com/Something.mp3"))
                .andExpect(jsonPath("$.like_count").value(2))
                .andExpect(jsonPath("$.liked").value(true));
        mvc.perform(get("/songs/" + song).header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(carol))))
                .andExpect(jsonPath("$.like_count").value(2))
                .andExpect(jsonPath("$.liked").value(false));
    }

    @Test
    void getSongAnswersFieldForFieldWhatCreateAndTheListAnswer() throws Exception {
        long ada = rows.user("ada");
        String full = "\"duration\":259,\"description\":\"Opening track\","
                + "\"cover_image_url\":\"http://img.example.com/c.jpg\",\"release_date\":\"1969-09-26\"";
        for (String fields : new String[] {full, ""}) {
            JsonNode created = json.readTree(create(song(fields))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            long id = created.get("id").asLong();
            String adminView = mvc.perform(get("/songs/" + id).header(HttpHeaders.AUTHORIZATION, admin))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(json.readTree(adminView)).isEqualTo(created);

            rows.like(ada, id);
            String adaView = mvc.perform(
                            get("/songs/" + id).header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            JsonNode listed = json.readTree(mvc.perform(get("/songs?sort=-created_at&limit=1")
                                    .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada))))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .get(0);
            assertThat(json.readTree(adaView)).isEqualTo(listed);
            assertThat(listed.get("like_count").asLong()).isEqualTo(1);
            assertThat(listed.get("liked").asBoolean()).isTrue();
            assertThat(listed.has("duration")).isEqualTo(!fields.isEmpty());
        }
    }

    @Test
    void getSongWithoutTokenThen401UnknownThen404BadIdThen400() throws Exception {
        long song = rows.song("Something", "The Beatles", "Rock");
        mvc.perform(get("/songs/" + song))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")));
        mvc.perform(get("/songs/424242").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Song 424242 not found"));
        mvc.perform(get("/songs/abc").header(HttpHeaders.AUTHORIZATION, admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/songs/" + song).header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.service())))
                .andExpect(status().isForbidden());
    }

    @Test
    void listIsPublicWithLikeCountsAndWithoutLiked() throws Exception {
        long ada = rows.user("ada");
        long a = rows.song("Come Together", "The Beatles", "Rock");
        long b = rows.song("So What", "Miles Davis", "Jazz");
        rows.like(ada, b);

        mvc.perform(get("/songs"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(a))
                .andExpect(jsonPath("$[0].like_count").value(0))
                .andExpect(jsonPath("$[0].liked").doesNotExist())
                .andExpect(jsonPath("$[1].id").value(b))
                .andExpect(jsonPath("$[1].like_count").value(1))
                .andExpect(jsonPath("$[1].liked").doesNotExist());
    }

    @Test
    void listWithTokenShowsWhichSongsTheCallerLikes() throws Exception {
        long ada = rows.user("ada");
        long a = rows.song("Come Together", "The Beatles", "Rock");
        long b = rows.song("So What", "Miles Davis", "Jazz");
        rows.like(ada, b);

        mvc.perform(get("/songs").header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada))))
                .andExpect(jsonPath("$[0].id").value(a))
                .andExpect(jsonPath("$[0].liked").value(false))
                .andExpect(jsonPath("$[1].id").value(b))
                .andExpect(jsonPath("$[1].liked").value(true));
        mvc.perform(get("/songs").header(HttpHeaders.AUTHORIZATION, "Bearer expired.or.bad"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void listFiltersByArtistGenreAndSearch() throws Exception {
        long a = rows.song("Come Together", "The Beatles", "Rock");
        long b = rows.song("So What", "Miles Davis", "Jazz");
        rows.song("Blue in Green", "Miles Davis Quintet", "jazz");
        rows.song("50%_off", "Various", "Pop");

        mvc.perform(get("/songs").param("artist", "MILES DAVIS"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(b));
        mvc.perform(get("/songs").param("genre", "Jazz")).andExpect(header().string("X-Total-Count", "2"));
        mvc.perform(get("/songs").param("q", "toGETher"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(a));
        mvc.perform(get("/songs").param("q", "miles").param("genre", "jazz").param("artist", "miles davis quintet"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].title").value("Blue in Green"));
        mvc.perform(get("/songs").param("q", "%_"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].title").value("50%_off"));
        mvc.perform(get("/songs").param("artist", "  ")).andExpect(header().string("X-Total-Count", "4"));
    }

    @Test
    void listSortsByReleaseDateDurationAndTitle() throws Exception {
        long old = rows.song("b", "X", "Pop");
        long mid = rows.song("a", "X", "Pop");
        long recent = rows.song("c", "X", "Pop");
        jdbc.update("update songs set release_date = DATE '1960-01-01', duration = 300 where id = ?", old);
        jdbc.update("update songs set release_date = DATE '1990-06-15', duration = 100 where id = ?", mid);
        jdbc.update("update songs set release_date = DATE '2020-05-01', duration = 200 where id = ?", recent);

        mvc.perform(get("/songs?sort=-release_date"))
                .andExpect(jsonPath("$[0].id").value(recent))
                .andExpect(jsonPath("$[1].id").value(mid))
                .andExpect(jsonPath("$[2].id").value(old));
        mvc.perform(get("/songs?sort=duration"))
                .andExpect(jsonPath("$[0].id").value(mid))
                .andExpect(jsonPath("$[1].id").value(recent))
                .andExpect(jsonPath("$[2].id").value(old));
        mvc.perform(get("/songs?sort=title"))
                .andExpect(jsonPath("$[0].title").value("a"))
                .andExpect(jsonPath("$[2].title").value("c"));
        mvc.perform(get("/songs?sort=-created_at&limit=1"))
                .andExpect(jsonPath("$[0].id").value(recent));
        mvc.perform(get("/songs?sort=artist,-id&limit=1"))
                .andExpect(jsonPath("$[0].id").value(recent));
    }

    @Test
    void listPagesWithLinkHeaders() throws Exception {
        long[] ids = new long[5];
        for (int i = 0; i < 5; i++) {
            ids[i] = rows.song("t" + i, "X", "Pop");
        }
        // in the default order, next continues by key after the last id; prev goes back by offset
        mvc.perform(get("/songs?limit=2&offset=2"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "5"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].title").value("t2"))
                .andExpect(header().string(
                                HttpHeaders.LINK, containsString("after=" + ids[3] + "&limit=2>; rel=\"next\"")))
                .andExpect(header().string(HttpHeaders.LINK, containsString("offset=0&limit=2>; rel=\"prev\"")));
        mvc.perform(get("/songs?limit=2&after=" + ids[3]))
                .andExpect(header().string("X-Total-Count", "5"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].title").value("t4"))
                .andExpect(header().doesNotExist(HttpHeaders.LINK));
        // another order pages by offset both ways
        mvc.perform(get("/songs?limit=2&offset=2&sort=-title"))
                .andExpect(jsonPath("$[0].title").value("t2"))
                .andExpect(header().string(HttpHeaders.LINK, containsString("offset=4")))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"prev\"")));
        mvc.perform(get("/songs?limit=2&offset=4&sort=-title"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"prev\"")))
                .andExpect(header().string(HttpHeaders.LINK, org.hamcrest.Matchers.not(containsString("next"))));
    }

    @Test
    void followingNextLinksWalksAFilteredListOnceWithoutGapsOrRepeats() throws Exception {
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            long id = rows.song("Song " + i, i % 3 == 0 ? "Miles" : "Other", "Jazz");
            if (i % 3 == 0) {
                expected.add(id);
            }
        }
        List<Long> seen = new ArrayList<>();
        String url = "/songs?artist=MILES&limit=3";
        int pages = 0;
        while (url != null && pages++ < 20) {
            var response = mvc.perform(get(url))
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-Total-Count", String.valueOf(expected.size())))
                    .andReturn()
                    .getResponse();
            json.readTree(response.getContentAsString())
                    .forEach(song -> seen.add(song.get("id").asLong()));
            String link = response.getHeader(HttpHeaders.LINK);
            url = null;
            if (link != null && link.contains("rel=\"next\"")) {
                String next = link.substring(link.indexOf('<') + 1, link.indexOf(">; rel=\"next\""));
                url = next.substring(next.indexOf("/songs"));
            }
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aSearchCountsAtMostAThousandMatchesAndSaysSo() throws Exception {
        var now = java.sql.Timestamp.from(java.time.Instant.now());
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < 1003; i++) {
            batch.add(new Object[] {"Common " + i, "X", "Pop", "https://cdn.example.com/" + i + ".mp3", now, now});
        }
        jdbc.batchUpdate(
                "insert into songs (title, artist, genre, file_url, created_at, updated_at) values (?, ?, ?, ?, ?, ?)",
                batch);
        rows.song("Rare one", "X", "Pop");

        mvc.perform(get("/songs?q=common&limit=10"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1000"))
                .andExpect(header().string("X-Total-Count-Capped", "true"))
                .andExpect(jsonPath("$.length()").value(10))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"next\"")));
        // past the thousandth match, pages by offset still go on: next follows the rows, not the cap
        mvc.perform(get("/songs?q=common&limit=10&offset=1000&sort=title"))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(header().string(HttpHeaders.LINK, org.hamcrest.Matchers.not(containsString("next"))));
        mvc.perform(get("/songs?q=common&limit=10&offset=990&sort=title"))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"next\"")));
        mvc.perform(get("/songs?q=rare"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(header().doesNotExist("X-Total-Count-Capped"));
        mvc.perform(get("/songs")).andExpect(header().string("X-Total-Count", "1004"));
    }

    @Test
    void afterWithAnotherOrderOrAnOffsetOrNotAnIdThen400() throws Exception {
        mvc.perform(get("/songs?after=5&sort=title"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("default order")));
        mvc.perform(get("/songs?after=5&offset=10"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("either")));
        mvc.perform(get("/songs?after=-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/songs?after=abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/songs?after=0&sort=id")).andExpect(status().isOk());
    }

    @Test
    void totalsShowOwnWritesAtOnceAndOtherWritersWithinTheCacheLifetime() throws Exception {
        rows.song("first", "X", "Pop");
        mvc.perform(get("/songs")).andExpect(header().string("X-Total-Count", "1"));

        long created = json.readTree(create(song(""))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        mvc.perform(get("/songs")).andExpect(header().string("X-Total-Count", "2"));
        mvc.perform(get("/songs?artist=Nina")).andExpect(header().string("X-Total-Count", "0"));
        update(created, "{\"artist\":\"Nina\"}").andExpect(status().isOk());
        mvc.perform(get("/songs?artist=Nina")).andExpect(header().string("X-Total-Count", "1"));

        rows.song("written by another instance", "X", "Pop");
        mvc.perform(get("/songs")).andExpect(jsonPath("$.length()").value(3));
        long deadline = System.currentTimeMillis() + 10_000;
        String total;
        do {
            Thread.sleep(200);
            total = mvc.perform(get("/songs")).andReturn().getResponse().getHeader("X-Total-Count");
        } while (!"3".equals(total) && System.currentTimeMillis() < deadline);
        assertThat(total).isEqualTo("3");
    }

    @Test
    void listWithBadPagingOrSortThen400() throws Exception {
        mvc.perform(get("/songs?limit=0")).andExpect(status().isBadRequest());
        mvc.perform(get("/songs?limit=201"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("limit"));
        mvc.perform(get("/songs?sort=file_url"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Cannot sort by 'file_url'")));
        mvc.perform(get("/songs").param("genre", "g".repeat(51))).andExpect(status().isBadRequest());
    }

    @Test
    void updateSongPartiallyAsAdmin() throws Exception {
        long ada = rows.user("ada");
        long song = rows.song("Something", "The Beatles", "Rock");
        rows.like(ada, song);
        update(song, "{\"duration\":182,\"release_date\":\"1969-10-06T00:00:00Z\",\"genre\":\"Pop\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(song))
                .andExpect(jsonPath("$.title").value("Something"))
                .andExpect(jsonPath("$.file_url").value("https://cdn.example.com/Something.mp3"))
                .andExpect(jsonPath("$.genre").value("Pop"))
                .andExpect(jsonPath("$.duration").value(182))
                .andExpect(jsonPath("$.release_date").value("1969-10-06"))
                .andExpect(jsonPath("$.like_count").value(1))
                .andExpect(jsonPath("$.liked").value(false));
        assertThat(rows.count("select count(*) from songs where id = ? and duration = 182 and genre = 'Pop'", song))
                .isEqualTo(1);
    }

    @Test
    void aNewDurationReachesThePlaylistsHoldingTheSong() throws Exception {
        long ada = rows.user("ada");
        long song = rows.song("Something", "The Beatles", "Rock");
        jdbc.update(
                "insert into playlists (owner_id, name, public, version, song_count, duration, created_at, updated_at)"
                        + " values (?, 'mix', false, 1, 2, 0, current_timestamp, current_timestamp)",
                ada);
        long playlist = jdbc.queryForObject("select id from playlists", Long.class);
        for (int position = 1; position <= 2; position++) {
            jdbc.update(
                    "insert into playlist_entries (playlist_id, position, song_id, added_at)"
                            + " values (?, ?, ?, current_timestamp)",
                    playlist,
                    position,
                    song);
        }

        update(song, "{\"duration\":182}").andExpect(status().isOk());

        assertThat(rows.count(
                        "select count(*) from playlists where id = ? and duration = 364 and version = 2", playlist))
                .isEqualTo(1);
    }

    @Test
    void updateSongWithBlankOrInvalidFieldsThen422() throws Exception {
        long song = rows.song("Something", "The Beatles", "Rock");
        update(song, "{\"title\":\" \",\"file_url\":\"\",\"duration\":-5,\"release_date\":\"soon\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("release_date"));
        update(song, "{\"title\":\" \",\"file_url\":\"\",\"duration\":-5}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("file_url")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("duration")));
        assertThat(jdbc.queryForObject("select title from songs where id = ?", String.class, song))
                .isEqualTo("Something");
    }

    @Test
    void updateSongWhenNotAdminThen403AndUnknownThen404() throws Exception {
        long song = rows.song("Something", "The Beatles", "Rock");
        mvc.perform(put("/songs/" + song)
                        .header(HttpHeaders.AUTHORIZATION, user)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Mine\"}"))
                .andExpect(status().isForbidden());
        update(999999, "{\"title\":\"Mine\"}").andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select title from songs where id = ?", String.class, song))
                .isEqualTo("Something");
    }

    @Test
    void deleteSongRemovesLikesAndMembershipsAndClosesGaps() throws Exception {
        long ada = rows.user("ada");
        long first = rows.album("First", "X", "Pop");
        long second = rows.album("Second", "X", "Pop");
        long a = rows.song("a", "X", "Pop");
        long b = rows.song("b", "X", "Pop");
        long c = rows.song("c", "X", "Pop");
        rows.track(first, a, 1);
        rows.track(first, b, 2);
        rows.track(first, c, 3);
        rows.track(second, b, 1);
        rows.track(second, a, 2);
        rows.like(ada, b);
        rows.like(ada, a);

        mvc.perform(delete("/songs/" + b).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));

        assertThat(rows.count("select count(*) from songs where id = ?", b)).isZero();
        assertThat(rows.count("select count(*) from user_likes where song_id = ?", b))
                .isZero();
        assertThat(rows.count("select count(*) from user_likes where song_id = ?", a))
                .isEqualTo(1);
        assertThat(rows.count("select count(*) from album_songs where song_id = ?", b))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select song_id from album_songs where album_id = ? order by position", Long.class, first))
                .containsExactly(a, c);
        assertThat(jdbc.queryForList(
                        "select position from album_songs where album_id = ? order by position", Integer.class, first))
                .containsExactly(1, 2);
        assertThat(jdbc.queryForList("select position from album_songs where album_id = ?", Integer.class, second))
                .containsExactly(1);
        assertThat(rows.count("select count(*) from albums")).isEqualTo(2);
    }

    @Test
    void deleteSongWhenNotAdminThen403AndUnknownThen404() throws Exception {
        long song = rows.song("Something", "The Beatles", "Rock");
        mvc.perform(delete("/songs/" + song).header(HttpHeaders.AUTHORIZATION, user))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/songs/" + song)).andExpect(status().isUnauthorized());
        mvc.perform(delete("/songs/999999").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNotFound());
        assertThat(rows.count("select count(*) from songs")).isEqualTo(1);
    }

    @Test
    void healthAndDocsArePublic() throws Exception {
        ServiceContract.assertHealthAndDocs(mvc, "/songs/{id}/like", "/songs/liked", "/songs/{id}/lyrics");
    }
}
