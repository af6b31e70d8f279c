package com.musicplayer.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.catalog.song.Songs;
import com.musicplayer.platform.test.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The play queue a player saves on one device and restores on another. */
@PlaylistTest
class PlayQueueTest {

    @Autowired
    Api api;

    @Autowired
    Songs songs;

    Api.Client ada;
    long a;
    long b;
    long c;

    @BeforeEach
    void givenAdaAndThreeSongs() {
        ada = api.user("ada");
        a = api.song("a", 100);
        b = api.song("b", 200);
        c = api.song("c", 300);
    }

    String queue(long... ids) {
        return "{\"song_ids\":" + java.util.Arrays.toString(ids) + ",\"current_index\":1,\"position_ms\":42000,"
                + "\"changed_by\":\"phone\"}";
    }

    @Test
    void aQueueNeverSavedIsEmpty() {
        Http.Response read = ada.get("/me/queue");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("song_ids").size()).isZero();
        assertThat(read.json().get("current_index").asInt()).isZero();
    }

    @Test
    void aSavedQueueComesBackOnAnotherDeviceAndTheNextSaveReplacesIt() {
        Http.Response saved = ada.send("PUT", "/me/queue", queue(a, b, c, a));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        Http.Response read = ada.get("/me/queue");
        assertThat(read.json().get("song_ids").toString()).isEqualTo("[" + a + "," + b + "," + c + "," + a + "]");
        assertThat(read.json().get("current_index").asInt()).isEqualTo(1);
        assertThat(read.json().get("position_ms").asLong()).isEqualTo(42000);
        assertThat(read.json().get("changed_by").asText()).isEqualTo("phone");
        assertThat(read.json().has("updated_at")).isTrue();

        assertThat(ada.send("PUT", "/me/queue", "{\"song_ids\":[" + c + "]}").status())
                .isEqualTo(200);
        Http.Response replaced = ada.get("/me/queue");
        assertThat(replaced.json().get("song_ids").toString()).isEqualTo("[" + c + "]");
        assertThat(replaced.json().get("current_index").asInt()).isZero();
        assertThat(api.rows().count("select count(*) from play_queues")).isEqualTo(1);
    }

    @Test
    void eachUserHasTheirOwnQueue() {
        Api.Client bob = api.user("bob");
        ada.send("PUT", "/me/queue", queue(a, b));

        assertThat(bob.get("/me/queue").json().get("song_ids").size()).isZero();
    }

    @Test
    void badQueuesAre422AndSaveNothing() {
        assertThat(ada.send("PUT", "/me/queue", queue(a, 999_999)).status()).isEqualTo(422);
        assertThat(ada.send("PUT", "/me/queue", "{\"song_ids\":[" + a + "],\"current_index\":1}")
                        .status())
                .isEqualTo(422);
        assertThat(ada.send("PUT", "/me/queue", "{\"song_ids\":[" + a + "],\"position_ms\":-1}")
                        .status())
                .isEqualTo(422);
        assertThat(ada.send("PUT", "/me/queue", "{}").status()).isEqualTo(422);
        assertThat(api.rows().count("select count(*) from play_queues")).isZero();
    }

    @Test
    void songsDeletedSinceAreLeftOutAndTheCurrentOneFollows() {
        ada.send("PUT", "/me/queue", "{\"song_ids\":[" + a + "," + b + "," + c + "],\"current_index\":2}");

        songs.delete(a);

        Http.Response read = ada.get("/me/queue");
        assertThat(read.json().get("song_ids").toString()).isEqualTo("[" + b + "," + c + "]");
        assertThat(read.json().get("current_index").asInt()).isEqualTo(1);
    }
}
