package com.musicplayer.mediaservice.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document names every playback and upload operation, with its parameters in snake_case. */
@StreamTest
class PlaybackDocsTest {

    @LocalServerPort
    int port;

    @Test
    void everyOperationIsDocumented() {
        JsonNode api = Client.json(new Client(port).get("/openapi.json"));
        JsonNode paths = api.get("paths");

        assertThat(paths.path("/songs/{id}/stream").has("get")).isTrue();
        assertThat(paths.path("/songs/{id}/stream").has("head")).isTrue();
        assertThat(paths.path("/songs/{id}/download").has("get")).isTrue();
        assertThat(paths.path("/songs/{id}/stream-url").has("get")).isTrue();
        assertThat(paths.path("/uploads").has("post")).isTrue();
        assertThat(paths.path("/uploads/tus").has("post")).isTrue();
        assertThat(paths.path("/uploads/tus/**").has("patch")).isTrue();
        assertThat(paths.path("/songs/{id}/stream")
                        .path("get")
                        .path("parameters")
                        .findValuesAsString("name"))
                .contains("format", "max_bitrate", "time_offset", "exp", "uid", "sig");
    }
}
