package com.musicplayer.system.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.Http;
import com.musicplayer.system.SystemUnderTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A form body Tomcat cannot decode (a stray {@code %}) sent to a JSON endpoint: 400 problem+json
 * from every service, not the 500 that Tomcat's exception became before (found by the spec fuzzer).
 * Over real HTTP: only the real servlet container parses a form body this way.
 */
class UndecodableBodyTest {

    final SystemUnderTest system = SystemUnderTest.get();

    @Test
    void undecodableFormBodiesAre400Everywhere() {
        String admin = system.admin().token();
        for (String path : List.of("/albums", "/songs", "/users", "/auth/login")) {
            Http.Response response = Http.send(
                    "POST",
                    system.url(system.serviceOf(path), path),
                    "title=%&artist=%zz",
                    "Content-Type",
                    "application/x-www-form-urlencoded",
                    "Authorization",
                    Http.bearer(admin));
            assertThat(response.status()).as(path + " " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
    }
}
