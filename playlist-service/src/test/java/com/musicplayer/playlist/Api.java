package com.musicplayer.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.Http;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The service over real HTTP, as a given user; and the rows a test starts from or checks. */
@TestComponent
public class Api {

    private final Environment environment;
    private final JdbcTemplate jdbc;

    Api(Environment environment, JdbcTemplate jdbc) {
        this.environment = environment;
        this.jdbc = jdbc;
    }

    public TestRows rows() {
        return new TestRows(jdbc);
    }

    /** A user (or admin, when {@code admin}) and a client holding their token. */
    public Client user(String name) {
        long id = rows().user(name);
        return new Client(id, TestTokens.user(id));
    }

    public Client admin(String name) {
        long id = rows().admin(name);
        return new Client(id, TestTokens.admin(id));
    }

    public Client anonymous() {
        return new Client(0, null);
    }

    public long song(String title, int duration) {
        long id = rows().song(title, "Artist", "Pop");
        jdbc.update("update songs set duration = ? where id = ?", duration, id);
        return id;
    }

    /** The playlist's song ids in position order, after checking the positions are exactly 1..n. */
    public List<Long> entries(long playlistId) {
        List<Integer> positions = jdbc.queryForList(
                "select position from playlist_entries where playlist_id = ? order by position",
                Integer.class,
                playlistId);
        assertThat(positions)
                .as("positions of playlist %d", playlistId)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, positions.size()).boxed().toList());
        return jdbc.queryForList(
                "select song_id from playlist_entries where playlist_id = ? order by position", Long.class, playlistId);
    }

    public int version(long playlistId) {
        return jdbc.queryForObject("select version from playlists where id = ?", Integer.class, playlistId);
    }

    public final class Client {

        public final long id;
        private final String token;

        Client(long id, String token) {
            this.id = id;
            this.token = token;
        }

        public Http.Response send(String method, String path, String body, String... headers) {
            List<String> all = new ArrayList<>(List.of(headers));
            if (token != null) {
                all.add("Authorization");
                all.add(Http.bearer(token));
            }
            String url = "http://localhost:" + environment.getProperty("local.server.port") + path;
            return Http.send(method, url, body, all.toArray(String[]::new));
        }

        public Http.Response get(String path) {
            return send("GET", path, null);
        }

        /** Creates a playlist and answers its id. */
        public long playlist(String name, boolean isPublic) {
            Http.Response created =
                    send("POST", "/playlists", "{\"name\":\"" + name + "\",\"public\":" + isPublic + "}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            return created.json().get("id").asLong();
        }

        public Http.Response add(long playlistId, List<Long> songIds, Integer position) {
            String body = "{\"song_ids\":" + songIds + (position == null ? "" : ",\"position\":" + position) + "}";
            return send("POST", "/playlists/" + playlistId + "/songs", body);
        }

        public Http.Response move(long playlistId, int from, int count, int to) {
            return send(
                    "POST",
                    "/playlists/" + playlistId + "/songs/move",
                    "{\"from\":" + from + ",\"count\":" + count + ",\"to\":" + to + "}");
        }

        public Http.Response remove(long playlistId, List<Integer> positions) {
            return send("DELETE", "/playlists/" + playlistId + "/songs", "{\"positions\":" + positions + "}");
        }
    }
}
