package com.musicplayer.system.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.Http;
import com.musicplayer.system.SystemUnderTest;
import com.musicplayer.system.SystemUnderTest.Account;
import org.junit.jupiter.api.Test;

/** Fields a client must not set (id, role, password_hash, timestamps, counters) are ignored or refused. */
class MassAssignmentTest {

    final SystemUnderTest system = SystemUnderTest.get();

    @Test
    void registrationIgnoresIdRoleHashAndTimestamps() {
        Http.Response created = system.call("POST", "/users", null, """
                {"id":1,"role":"ADMIN","password_hash":"$2a$10$abcdefghijklmnopqrstuuM0G0pnXuWy5PqFvvL3qBZ3rUv6Qnf2",
                 "created_at":"2000-01-01T00:00:00Z","tokens_valid_after":"2100-01-01T00:00:00Z",
                 "username":"massive","email":"massive@example.com","password":"real-password","first_name":"M"}
                """);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asLong()).isNotEqualTo(1);
        assertThat(created.json().get("role").asText()).isEqualTo("USER");
        assertThat(created.json().get("created_at").asText()).doesNotStartWith("2000");
        Account login = system.login("massive@example.com", "real-password");
        assertThat(system.call("GET", "/users/me", login.token(), null).status())
                .isEqualTo(200);
    }

    @Test
    void aUserCannotPromoteThemselvesOrSetTheirHash() {
        Account user = system.newUser();
        Http.Response promote = system.call("PUT", "/users/" + user.id(), user.token(), "{\"role\":\"ADMIN\"}");
        assertThat(promote.status()).isEqualTo(403);

        Http.Response hash = system.call(
                "PUT",
                "/users/" + user.id(),
                user.token(),
                "{\"password_hash\":\"x\",\"id\":1,\"first_name\":\"Still Me\"}");
        assertThat(hash.status()).isEqualTo(200);
        assertThat(hash.json().get("id").asLong()).isEqualTo(user.id());
        assertThat(hash.json().get("role").asText()).isEqualTo("USER");
        // the password still works: password_hash was ignored
        assertThat(system.call("GET", "/users/me", user.token(), null)
                        .json()
                        .get("first_name")
                        .asText())
                .isEqualTo("Still Me");
    }

    @Test
    void catalogWritesIgnoreIdsCountersAndTimestamps() {
        Account admin = system.admin();
        Http.Response song = system.call("POST", "/songs", admin.token(), """
                {"id":1,"like_count":1000,"liked":true,"play_count":1000,"last_played_at":"2001-01-01T00:00:00Z",
                 "created_at":"2000-01-01T00:00:00Z",
                 "title":"Counted","artist":"A","genre":"G","file_url":"https://example.com/c.mp3"}
                """);
        assertThat(song.status()).isEqualTo(201);
        assertThat(song.json().get("like_count").asInt()).isZero();
        assertThat(song.json().get("play_count").asInt()).isZero();
        assertThat(song.json().has("last_played_at")).isFalse();
        assertThat(song.json().get("created_at").asText()).doesNotStartWith("2000");

        Http.Response album = system.call("POST", "/albums", admin.token(), """
                {"id":1,"song_count":99,"title":"Counted","artist":"A","genre":"G"}
                """);
        assertThat(album.status()).isEqualTo(201);
        assertThat(album.json().get("song_count").asInt()).isZero();
        System.out.println("Mass assignment: 3 scenarios, 0 fields taken from a client that must not set them");
    }
}
