package com.musicplayer.playlist;

import com.musicplayer.platform.test.ServiceContract;
import com.musicplayer.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class ServiceContractTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthDocsAndTheOpenApiDocumentNameEveryRoute() throws Exception {
        ServiceContract.assertHealthAndDocs(
                mvc,
                "/playlists",
                "/playlists/{id}",
                "/playlists/{id}/songs",
                "/playlists/{id}/songs/move",
                "/me/queue");
    }
}
