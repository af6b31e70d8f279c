package com.musicplayer.album.artist;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.catalog.song.SongRequests;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Artists (DESIGN §7): resolved by name in any case, listed with their counts, gone when nothing names them. */
@ServiceTest
class ArtistApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Songs songs;

    TestRows rows;
    String admin;
    String user;

    @BeforeEach
    void setUp() {
        rows = new TestRows(jdbc);
        admin = bearer(TestTokens.admin(rows.user("root")));
        user = bearer(TestTokens.user(rows.user("ada")));
    }

    JsonNode album(String title, String artist, int year) throws Exception {
        String body = mvc.perform(post("/albums")
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("title", title, "artist", artist, "genre", "Rock", "year", year))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    long song(String title, String artist) {
        return songs.create(
                        new SongRequests.Create(
                                title,
                                artist,
                                "Rock",
                                "https://example.com/s.mp3",
                                180,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
    }

    ResultActions as(String token, String url) throws Exception {
        return mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, token));
    }

    int artistRows() {
        return rows.count("select count(*) from artists");
    }

    @Test
    void albumsAndSongsNamingOneArtistInAnyCaseShareIt() throws Exception {
        long artist =
                album("Music from Big Pink", "The Band", 1968).get("artist_id").asLong();
        long songId = song("The Weight", "the band");
        long other = album("Stage Fright", " THE BAND ", 1970).get("artist_id").asLong();

        assertThat(other).isEqualTo(artist);
        assertThat(artistRows()).isEqualTo(1);
        as(user, "/artists/" + artist)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("The Band"))
                .andExpect(jsonPath("$.sort_name").value("Band"))
                .andExpect(jsonPath("$.album_count").value(2))
                .andExpect(jsonPath("$.song_count").value(1));
        assertThat(songs.get(songId, null).artistId()).isEqualTo(artist);
        // the seed's artist string stays as each client wrote it
        assertThat(songs.get(songId, null).artist()).isEqualTo("the band");
    }

    @Test
    void listArtistsIsPublicWithCountsSortedByNameWithoutArticle() throws Exception {
        album("Abbey Road", "The Beatles", 1969);
        album("Blue", "Joni Mitchell", 1971);
        song("Alone", "Aretha Franklin");

        mvc.perform(get("/artists?sort=name"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$[0].name").value("Aretha Franklin"))
                .andExpect(jsonPath("$[0].album_count").value(0))
                .andExpect(jsonPath("$[0].song_count").value(1))
                .andExpect(jsonPath("$[1].name").value("The Beatles"))
                .andExpect(jsonPath("$[2].name").value("Joni Mitchell"));
        mvc.perform(get("/artists?q=MITCH"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].name").value("Joni Mitchell"));
    }

    @Test
    void artistListPagesByKeyInItsDefaultOrder() throws Exception {
        for (int i = 0; i < 5; i++) {
            song("Song " + i, "Artist " + i);
        }
        String link = mvc.perform(get("/artists?limit=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.LINK);
        assertThat(link).contains("after=").contains("rel=\"next\"");
        List<String> seen = new ArrayList<>();
        String next = "/artists?limit=2";
        while (next != null) {
            var response = mvc.perform(get(next)).andReturn().getResponse();
            json.readTree(response.getContentAsString())
                    .forEach(a -> seen.add(a.get("name").asText()));
            String header = response.getHeader(HttpHeaders.LINK);
            next = header == null || !header.contains("rel=\"next\"")
                    ? null
                    : header.substring(header.indexOf("/artists"), header.indexOf('>'));
        }
        assertThat(seen).containsExactly("Artist 0", "Artist 1", "Artist 2", "Artist 3", "Artist 4");
    }

    @Test
    void artistListRefusesBadPagingWith400() throws Exception {
        mvc.perform(get("/artists?sort=height")).andExpect(status().isBadRequest());
        mvc.perform(get("/artists?sort=name&after=3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("after")));
        mvc.perform(get("/artists?offset=2&after=3")).andExpect(status().isBadRequest());
        mvc.perform(get("/artists?limit=0")).andExpect(status().isBadRequest());
        mvc.perform(get("/artists?q=" + "x".repeat(101))).andExpect(status().isBadRequest());
    }

    @Test
    void oneArtistNeedsATokenAndUnknownIs404() throws Exception {
        long artist = album("Blue", "Joni Mitchell", 1971).get("artist_id").asLong();
        mvc.perform(get("/artists/" + artist)).andExpect(status().isUnauthorized());
        as(user, "/artists/999999")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Artist 999999 not found"));
        as(user, "/artists/999999/albums").andExpect(status().isNotFound());
        as(user, "/artists/999999/songs").andExpect(status().isNotFound());
    }

    @Test
    void artistAlbumsGoOldestFirstAndSongsAlbumByAlbum() throws Exception {
        long artist = album("Hejira", "Joni Mitchell", 1976).get("artist_id").asLong();
        album("Blue", "Joni Mitchell", 1971);
        album("Court and Spark", "Joni Mitchell", 1974);
        album("Other", "Someone Else", 1960);
        song("River", "Joni Mitchell");

        as(user, "/artists/" + artist + "/albums")
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$[0].title").value("Blue"))
                .andExpect(jsonPath("$[1].title").value("Court and Spark"))
                .andExpect(jsonPath("$[2].title").value("Hejira"));
        as(user, "/artists/" + artist + "/albums?sort=title")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("order of release")));
        as(user, "/artists/" + artist + "/songs")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].title").value("River"))
                .andExpect(jsonPath("$[0].liked").value(false));
    }

    @Test
    void renamingTheLastAlbumOfAnArtistRemovesThatArtist() throws Exception {
        JsonNode blue = album("Blue", "Joni Mitchel", 1971);
        long typo = blue.get("artist_id").asLong();
        String renamed = mvc.perform(put("/albums/" + blue.get("id").asLong())
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"artist\":\"Joni Mitchell\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.artist").value("Joni Mitchell"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        long fixed = json.readTree(renamed).get("artist_id").asLong();
        assertThat(fixed).isNotEqualTo(typo);
        as(user, "/artists/" + typo).andExpect(status().isNotFound());
        assertThat(artistRows()).isEqualTo(1);
    }

    @Test
    void anArtistStaysWhileASongStillNamesIt() throws Exception {
        JsonNode blue = album("Blue", "Joni Mitchell", 1971);
        long artist = blue.get("artist_id").asLong();
        song("River", "Joni Mitchell");

        mvc.perform(delete("/albums/" + blue.get("id").asLong()).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNoContent());

        as(user, "/artists/" + artist)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.album_count").value(0))
                .andExpect(jsonPath("$.song_count").value(1));
    }

    @Test
    void concurrentCreatesOfOneNewArtistMakeOneArtist() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Long>> ids = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                ids.add(pool.submit(() -> {
                    start.await();
                    return songs.get(song("Song " + n, n % 2 == 0 ? "New Artist" : "new artist"), null)
                            .artistId();
                }));
            }
            start.countDown();
            List<Long> artists = new ArrayList<>();
            for (Future<Long> id : ids) {
                artists.add(id.get());
            }
            assertThat(artists).hasSize(threads).containsOnly(artists.get(0));
            assertThat(artistRows()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
