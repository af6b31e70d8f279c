package com.musicplayer.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.auth.apikey.ApiKeys;
import com.musicplayer.media.upload.Uploads;
import com.musicplayer.platform.test.AudioFixtures;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.subsonic.Subsonic.Reply;
import com.musicplayer.subsonic.Subsonic.Style;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * stream, download, getCoverArt and getLyricsBySongId on a real uploaded MP3 (cover and lyrics in its
 * tags), through the media module's playback code: ranges, transcodes, time offsets.
 */
@SubsonicTest
class SubsonicMediaTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Uploads uploads;

    Subsonic client;
    long song;
    byte[] bytes;

    @BeforeEach
    void givenAnUploadedSong() throws Exception {
        long ada = new TestRows(jdbc).admin("ada");
        client = new Subsonic(port, "ada", keys.create(ada, "phone").key(), Style.API_KEY);
        Path file = Files.createTempFile("subsonic-", ".mp3");
        AudioFixtures.track("Blue in Green")
                .artist("Bill Evans")
                .album("Sessions")
                .seconds(6)
                .lyrics("Blue\nGreen")
                .syncedLyric(0, "Blue")
                .syncedLyric(2500, "Green")
                .cover(AudioFixtures.jpeg(300, Color.BLUE))
                .writeTo(file);
        bytes = Files.readAllBytes(file);
        song = uploads.accept(file, "blue-in-green.mp3", ada).songId();
    }

    @Test
    void streamSendsTheOriginalWithRanges() {
        Reply whole = client.get("stream", "id", String.valueOf(song));
        Reply range = client.raw(
                "GET",
                "/rest/stream.view?" + String.join("&", client.credentials()) + "&id=" + song,
                null,
                "bytes=100-199");

        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.contentType()).isEqualTo("audio/mpeg");
        assertThat(whole.bytes()).isEqualTo(bytes);
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.bytes()).isEqualTo(Arrays.copyOfRange(bytes, 100, 200));
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + bytes.length);
    }

    @Test
    void streamTranscodesWithMaxBitRateFormatAndTimeOffset() {
        Reply opus = client.get("stream", "id", String.valueOf(song), "maxBitRate", "48", "format", "opus");
        Reply later = client.get("stream", "id", String.valueOf(song), "format", "mp3", "timeOffset", "3");
        Reply raw = client.get("stream", "id", String.valueOf(song), "maxBitRate", "64", "format", "raw");

        assertThat(opus.status()).isEqualTo(200);
        assertThat(opus.contentType()).startsWith("audio/ogg");
        assertThat(new String(opus.bytes(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("OggS");
        assertThat(later.contentType()).isEqualTo("audio/mpeg");
        // the last 3 of 6 seconds at 192 kb/s (the mp3 default): about 72 kB, half of the whole song
        assertThat(later.bytes().length).isBetween(40_000, 110_000);
        assertThat(raw.bytes()).isEqualTo(bytes);
    }

    @Test
    void streamOfWhatHasNoAudioIs70() {
        long bare = new TestRows(jdbc).song("No Audio", "Nobody", "Pop");

        Reply reply = client.json("stream", "id", String.valueOf(bare));

        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.errorCode()).isEqualTo(70);
        assertThat(client.json("stream", "id", "al-1").errorCode()).isEqualTo(70);
        assertThat(client.json("stream").errorCode()).isEqualTo(10);
    }

    @Test
    void downloadIsTheOriginalAsAnAttachment() {
        Reply download = client.get("download", "id", String.valueOf(song));

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(bytes);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("Bill%20Evans%20-%20Blue%20in%20Green.mp3");
    }

    @Test
    void coverArtOfTheSongAndOfItsAlbum() {
        JsonNode child =
                client.json("getSong", "id", String.valueOf(song)).json().get("song");
        String coverArt = child.get("coverArt").asText();

        Reply cover = client.get("getCoverArt", "id", coverArt);
        Reply small = client.get("getCoverArt", "id", coverArt, "size", "64");
        Reply byAlbum = client.get("getCoverArt", "id", child.get("albumId").asText());

        assertThat(cover.status()).isEqualTo(200);
        assertThat(cover.contentType()).isEqualTo("image/jpeg");
        assertThat(small.bytes().length).isLessThan(cover.bytes().length);
        assertThat(byAlbum.status()).isEqualTo(200);
        assertThat(client.json("getCoverArt", "id", "999999").errorCode()).isEqualTo(70);
    }

    @Test
    void lyricsBySongIdSyncedAndPlain() {
        JsonNode list = client.json("getLyricsBySongId", "id", String.valueOf(song))
                .json()
                .get("lyricsList");

        JsonNode synced = list.get("structuredLyrics").get(0);
        assertThat(synced.get("synced").asBoolean()).isTrue();
        assertThat(synced.get("displayTitle").asText()).isEqualTo("Blue in Green");
        assertThat(synced.get("line").get(1).get("start").asLong()).isEqualTo(2500);
        assertThat(synced.get("line").get(1).get("value").asText()).isEqualTo("Green");
        assertThat(list.get("structuredLyrics").get(1).get("synced").asBoolean())
                .isFalse();
        assertThat(client.json("getLyricsBySongId", "id", "999999").errorCode()).isEqualTo(70);
    }
}
