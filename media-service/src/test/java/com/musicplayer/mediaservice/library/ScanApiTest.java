package com.musicplayer.mediaservice.library;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.catalog.album.TrackList;
import com.musicplayer.catalog.lyrics.Lyrics;
import com.musicplayer.catalog.song.SongView;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.platform.test.AudioFixtures;
import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.StatementCounter;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import com.musicplayer.platform.web.PageParams;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Folder scans (DESIGN §8) over real files of every format with real tags: what a scan imports,
 * that a rescan changes nothing and opens nothing unchanged, that gone files lose their songs, and
 * that a bad file costs only itself.
 */
@ServiceTest
@Import(StatementCounter.class)
class ScanApiTest {

    static final Path MUSIC = temp();

    @DynamicPropertySource
    static void musicFolder(DynamicPropertyRegistry registry) {
        registry.add("musicplayer.media.music-dirs", MUSIC::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Songs songs;

    @Autowired
    TrackList tracks;

    @Autowired
    Lyrics lyrics;

    @Autowired
    StatementCounter statements;

    String admin;
    String user;

    @BeforeEach
    void setUp() throws Exception {
        TestRows rows = new TestRows(jdbc);
        admin = bearer(TestTokens.admin(rows.user("root")));
        user = bearer(TestTokens.user(rows.user("ada")));
        clear(MUSIC);
    }

    JsonNode scan() throws Exception {
        mvc.perform(post("/library/scans").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isAccepted())
                .andExpect(
                        header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.endsWith("/library/scans/current")))
                .andExpect(jsonPath("$.state").value("running"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonNode status =
                    json.readTree(mvc.perform(get("/library/scans/current").header(HttpHeaders.AUTHORIZATION, user))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            if (!"running".equals(status.get("state").asText())) {
                return status;
            }
            assertThat(Instant.now()).as("the scan ends").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    Path album(String folder) throws Exception {
        return Files.createDirectories(MUSIC.resolve(folder));
    }

    @Test
    void aFolderOfEveryFormatScansIntoArtistsAlbumsInTrackOrderAndSongs() throws Exception {
        Path dir = album("Aurora/Northern Lights (2001)");
        Files.write(dir.resolve("cover.jpg"), AudioFixtures.jpeg(300, Color.BLUE));
        var base = AudioFixtures.track("x")
                .artist("Aurora")
                .album("Northern Lights")
                .year(2001)
                .genre("Pop");
        // written out of order: track order comes from the tags
        base.title("Five").track(5).seconds(1.5).writeTo(dir.resolve("05 - Five.opus"));
        base.title("Three").track(3).seconds(1.2).writeTo(dir.resolve("03 - Three.ogg"));
        base.title("One").track(1).seconds(2.0).lyrics("Plain words").writeTo(dir.resolve("01 - One.mp3"));
        base.title("Four").track(4).seconds(1.0).writeTo(dir.resolve("04 - Four.m4a"));
        base.title("Two").track(2).seconds(2.5).writeTo(dir.resolve("02 - Two.flac"));
        Files.writeString(dir.resolve("02 - Two.lrc"), "[00:00.50]First line\n[00:01.20]Second line\n");

        JsonNode status = scan();

        assertThat(status.get("state").asText()).isEqualTo("finished");
        assertThat(status.get("files_total").asInt()).isEqualTo(5);
        assertThat(status.get("files_seen").asInt()).isEqualTo(5);
        assertThat(status.get("imported").asInt()).isEqualTo(5);
        assertThat(status.get("failed").asInt()).isZero();
        assertThat(status.get("finished_at").isNull()).isFalse();
        Long albumId = jdbc.queryForObject("SELECT id FROM albums WHERE title = 'Northern Lights'", Long.class);
        List<SongView> ordered = tracks.list(albumId, null, new PageParams(null, null, null, null)).items().stream()
                .map(track -> track.song())
                .toList();
        assertThat(ordered).extracting(SongView::title).containsExactly("One", "Two", "Three", "Four", "Five");
        assertThat(ordered).extracting(SongView::duration).containsExactly(2, 3, 1, 1, 2);
        assertThat(ordered).extracting(SongView::artist).containsOnly("Aurora");
        assertThat(ordered).extracting(SongView::year).containsOnly(2001);
        assertThat(ordered.get(0).fileUrl())
                .isEqualTo("/songs/" + ordered.get(0).id() + "/stream");
        String cover = jdbc.queryForObject("SELECT cover_image_url FROM albums WHERE id = ?", String.class, albumId);
        assertThat(cover).matches("/artwork/\\d+");
        assertThat(ordered).extracting(SongView::coverImageUrl).containsOnly(cover);
        assertThat(lyrics.of(ordered.get(0).id()).orElseThrow().plain()).isEqualTo("Plain words");
        assertThat(lyrics.of(ordered.get(1).id()).orElseThrow().synced())
                .extracting(line -> line.startMs() + " " + line.text())
                .containsExactly("500 First line", "1200 Second line");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM artists", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT DISTINCT container FROM media_files ORDER BY container", String.class))
                .containsExactly("flac", "m4a", "mp3", "ogg", "opus");

        mvc.perform(get(cover + "?size=64"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/jpeg"))
                .andExpect(header().string(
                                HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("max-age=31536000")))
                .andExpect(header().exists(HttpHeaders.ETAG));
    }

    @Test
    void aRescanOfAnUnchangedLibraryChangesNothingAndOpensNothing() throws Exception {
        Path dir = album("Band/Album");
        Path one = AudioFixtures.track("One")
                .artist("Band")
                .album("Album")
                .track(1)
                .writeTo(dir.resolve("01.mp3"));
        AudioFixtures.track("Two").artist("Band").album("Album").track(2).writeTo(dir.resolve("02.flac"));
        scan();
        Map<String, Object> before = jdbc.queryForMap("SELECT id, updated_at FROM songs WHERE title = 'One'");
        // same size and mtime but other bytes: a scan that opened the file would fail on it
        FileTime mtime = Files.getLastModifiedTime(one);
        Files.write(one, new byte[(int) Files.size(one)]);
        Files.setLastModifiedTime(one, mtime);

        JsonNode status = scan();

        assertThat(status.get("files_seen").asInt()).isEqualTo(2);
        assertThat(status.get("imported").asInt()).isZero();
        assertThat(status.get("updated").asInt()).isZero();
        assertThat(status.get("removed").asInt()).isZero();
        assertThat(status.get("failed").asInt()).isZero();
        assertThat(jdbc.queryForMap("SELECT id, updated_at FROM songs WHERE title = 'One'"))
                .isEqualTo(before);
    }

    @Test
    void aRescanAsksTheDatabaseAboutItsFoldersAFewHundredAtATime() throws Exception {
        Path first = AudioFixtures.track("Tune")
                .artist("Band")
                .album("Album")
                .writeTo(album("Band/Album 0").resolve("01.mp3"));
        for (int i = 1; i < 3; i++) {
            Files.copy(first, album("Band/Album " + i).resolve("01.mp3"));
        }
        scan();
        statements.reset();
        scan();
        long fewFolders = statements.count();
        for (int i = 3; i < 63; i++) {
            Files.copy(first, album("Band/Album " + i).resolve("01.mp3"));
        }
        assertThat(scan().get("imported").asInt()).isEqualTo(60);
        statements.reset();

        JsonNode status = scan();

        assertThat(status.get("files_seen").asInt()).isEqualTo(63);
        assertThat(status.get("imported").asInt() + status.get("updated").asInt())
                .isZero();
        // 60 more folders, the same statements (one a folder would make it 60 more); one more at
        // most, should the progress heartbeat write during the scan
        assertThat(statements.count()).isBetween(fewFolders, fewFolders + 1);
    }

    @Test
    void aLongImportKeepsPostgresStatisticsUpToDateAsItFillsTheTables() throws Exception {
        String database = jdbc.execute((ConnectionCallback<String>)
                connection -> connection.getMetaData().getDatabaseProductName());
        assumeTrue(
                database.toLowerCase(java.util.Locale.ROOT).contains("postgres"),
                "only PostgreSQL keeps a prepared statement's plan until the table is analyzed");
        Path dir = album("Many/Files");
        Path first = AudioFixtures.track("Tune").artist("Many").album("Files").writeTo(dir.resolve("000.mp3"));
        for (int i = 1; i < 250; i++) {
            Files.copy(first, dir.resolve(String.format("%03d.mp3", i)));
        }
        long before = analyses();

        assertThat(scan().get("imported").asInt()).isEqualTo(250);

        // songs, album_songs and media_files at least, once the import passed 200 files
        Instant deadline = Instant.now().plusSeconds(10); // the server publishes its counters within a second
        while (analyses() < before + 3 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(analyses()).isGreaterThanOrEqualTo(before + 3);
    }

    private long analyses() {
        jdbc.execute("SELECT pg_stat_clear_snapshot()");
        return jdbc.queryForObject(
                "SELECT coalesce(sum(analyze_count), 0) FROM pg_stat_user_tables"
                        + " WHERE relname IN ('songs', 'album_songs', 'media_files')",
                Long.class);
    }

    @Test
    void aFolderNamedLikeAnAudioFileIsScannedAsAFolder() throws Exception {
        Path live = album("Band/Live.mp3");
        AudioFixtures.track("Opener").artist("Band").album("Live").track(1).writeTo(live.resolve("01.flac"));
        AudioFixtures.track("Encore").artist("Band").album("Live").track(2).writeTo(live.resolve("02.flac"));

        JsonNode status = scan();

        assertThat(status.get("files_total").asInt()).isEqualTo(2);
        assertThat(status.get("files_seen").asInt()).isEqualTo(2);
        assertThat(status.get("imported").asInt()).isEqualTo(2);
        assertThat(status.get("failed").asInt()).isZero();
        assertThat(jdbc.queryForList(
                        "SELECT s.title FROM songs s JOIN album_songs t ON t.song_id = s.id ORDER BY t.position",
                        String.class))
                .containsExactly("Opener", "Encore");
        assertThat(scan().get("files_seen").asInt()).as("and again on a rescan").isEqualTo(2);
    }

    @Test
    void aChangedFileUpdatesItsSongAndAGoneFileLosesItsSong() throws Exception {
        Path dir = album("Band/Album");
        AudioFixtures.track("One").artist("Band").album("Album").track(1).writeTo(dir.resolve("01.mp3"));
        AudioFixtures.track("Two").artist("Band").album("Album").track(2).writeTo(dir.resolve("02.mp3"));
        Path three = AudioFixtures.track("Three")
                .artist("Band")
                .album("Album")
                .track(3)
                .writeTo(dir.resolve("03.mp3"));
        Path other = album("Other/Gone");
        AudioFixtures.track("Lonely").artist("Other").album("Gone").writeTo(other.resolve("x.mp3"));
        scan();
        long twoId = jdbc.queryForObject("SELECT id FROM songs WHERE title = 'Two'", Long.class);

        Files.delete(dir.resolve("01.mp3"));
        AudioFixtures.track("Three (remastered)")
                .artist("Band")
                .album("Album")
                .track(3)
                .writeTo(three);
        Files.setLastModifiedTime(three, FileTime.from(Instant.now().plusSeconds(5)));
        clear(other);
        Files.delete(other);
        JsonNode status = scan();

        assertThat(status.get("updated").asInt()).isEqualTo(1);
        assertThat(status.get("removed").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT title FROM songs ORDER BY title", String.class))
                .containsExactly("Three (remastered)", "Two");
        Long albumId = jdbc.queryForObject("SELECT id FROM albums WHERE title = 'Album'", Long.class);
        assertThat(jdbc.queryForList(
                        "SELECT position FROM album_songs WHERE album_id = ? ORDER BY position",
                        Integer.class,
                        albumId))
                .containsExactly(1, 2);
        assertThat(songs.get(twoId, null).trackNumber()).isEqualTo(2);
        // the album and the artist that lost their last song are gone too
        assertThat(jdbc.queryForList("SELECT title FROM albums", String.class)).containsExactly("Album");
        assertThat(jdbc.queryForList("SELECT name FROM artists", String.class)).containsExactly("Band");
    }

    @Test
    void aGoneFileLeavesEveryPlaylistWithoutAGap() throws Exception {
        Path dir = album("Band/Album");
        AudioFixtures.track("One").artist("Band").album("Album").track(1).writeTo(dir.resolve("01.mp3"));
        AudioFixtures.track("Two").artist("Band").album("Album").track(2).writeTo(dir.resolve("02.mp3"));
        scan();
        long one = jdbc.queryForObject("SELECT id FROM songs WHERE title = 'One'", Long.class);
        long two = jdbc.queryForObject("SELECT id FROM songs WHERE title = 'Two'", Long.class);
        long owner = jdbc.queryForObject("SELECT id FROM users WHERE username = 'ada'", Long.class);
        jdbc.update(
                "INSERT INTO playlists (owner_id, name, public, version, song_count, duration, created_at,"
                        + " updated_at) VALUES (?, 'mix', FALSE, 1, 3, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                owner);
        long playlist = jdbc.queryForObject("SELECT id FROM playlists", Long.class);
        long[] order = {two, one, two};
        for (int i = 0; i < order.length; i++) {
            jdbc.update(
                    "INSERT INTO playlist_entries (playlist_id, position, song_id, added_at)"
                            + " VALUES (?, ?, ?, CURRENT_TIMESTAMP)",
                    playlist,
                    i + 1,
                    order[i]);
        }

        Files.delete(dir.resolve("01.mp3"));
        assertThat(scan().get("removed").asInt()).isEqualTo(1);

        assertThat(jdbc.queryForList(
                        "SELECT song_id FROM playlist_entries WHERE playlist_id = ? ORDER BY position",
                        Long.class,
                        playlist))
                .containsExactly(two, two);
        assertThat(jdbc.queryForList(
                        "SELECT position FROM playlist_entries WHERE playlist_id = ? ORDER BY position",
                        Integer.class,
                        playlist))
                .containsExactly(1, 2);
        assertThat(jdbc.queryForMap("SELECT song_count, version FROM playlists WHERE id = ?", playlist))
                .containsEntry("song_count", 2)
                .containsEntry("version", 2);
    }

    @Test
    void aChangedFilesNewDurationReachesThePlaylistsHoldingItsSong() throws Exception {
        Path dir = album("Band/Album");
        Path one = AudioFixtures.track("One")
                .artist("Band")
                .album("Album")
                .seconds(2)
                .writeTo(dir.resolve("01.flac"));
        scan();
        long song = jdbc.queryForObject("SELECT id FROM songs WHERE title = 'One'", Long.class);
        assertThat(jdbc.queryForObject("SELECT duration FROM songs WHERE id = ?", Integer.class, song))
                .isEqualTo(2);
        long owner = jdbc.queryForObject("SELECT id FROM users WHERE username = 'ada'", Long.class);
        jdbc.update(
                "INSERT INTO playlists (owner_id, name, public, version, song_count, duration, created_at,"
                        + " updated_at) VALUES (?, 'twice', FALSE, 1, 2, 4, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                owner);
        long playlist = jdbc.queryForObject("SELECT id FROM playlists", Long.class);
        for (int position = 1; position <= 2; position++) {
            jdbc.update(
                    "INSERT INTO playlist_entries (playlist_id, position, song_id, added_at)"
                            + " VALUES (?, ?, ?, CURRENT_TIMESTAMP)",
                    playlist,
                    position,
                    song);
        }

        AudioFixtures.track("One").artist("Band").album("Album").seconds(5).writeTo(one);
        Files.setLastModifiedTime(one, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(scan().get("updated").asInt()).isEqualTo(1);

        assertThat(jdbc.queryForObject("SELECT duration FROM songs WHERE id = ?", Integer.class, song))
                .isEqualTo(5);
        assertThat(jdbc.queryForMap("SELECT song_count, duration, version FROM playlists WHERE id = ?", playlist))
                .containsEntry("song_count", 2)
                .containsEntry("duration", 10L)
                .containsEntry("version", 2);
        assertThat(scan().get("updated").asInt()).as("an unchanged rescan").isZero();
        assertThat(jdbc.queryForObject("SELECT version FROM playlists WHERE id = ?", Integer.class, playlist))
                .isEqualTo(2);
    }

    @Test
    void aBadFileIsCountedAndTheScanGoesOn() throws Exception {
        Path dir = album("Band/Album");
        AudioFixtures.track("Good").artist("Band").album("Album").writeTo(dir.resolve("good.flac"));
        Files.write(dir.resolve("broken.mp3"), "this is not audio at all".getBytes());
        Files.write(dir.resolve("empty.ogg"), new byte[0]);

        JsonNode status = scan();

        assertThat(status.get("state").asText()).isEqualTo("finished");
        assertThat(status.get("files_seen").asInt()).isEqualTo(3);
        assertThat(status.get("imported").asInt()).isEqualTo(1);
        assertThat(status.get("failed").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT title FROM songs", String.class)).containsExactly("Good");
    }

    @Test
    void missingTagsFallBackToFolderAndFileNamesAndACompilationStaysOneAlbum() throws Exception {
        Path untagged = album("Folder Artist/Folder Album (1999)");
        AudioFixtures.untagged().writeTo(untagged.resolve("07 - Named By File.flac"));
        Path various = album("Various Artists/Summer Mix");
        AudioFixtures.track("A")
                .artist("Singer One")
                .album("Summer Mix")
                .albumArtist("Various Artists")
                .compilation()
                .track(1)
                .writeTo(various.resolve("01.mp3"));
        AudioFixtures.track("B")
                .artist("Singer Two")
                .album("Summer Mix")
                .albumArtist("Various Artists")
                .compilation()
                .track(2)
                .writeTo(various.resolve("02.mp3"));

        scan();

        Map<String, Object> named = jdbc.queryForMap(
                "SELECT s.title, s.artist, s.track_number, a.title AS album, a.release_year FROM songs s"
                        + " JOIN albums a ON a.id = s.album_id WHERE s.title = 'Named By File'");
        assertThat(named).containsEntry("artist", "Folder Artist").containsEntry("album", "Folder Album");
        assertThat(((Number) named.get("track_number")).intValue()).isEqualTo(7);
        assertThat(((Number) named.get("release_year")).intValue()).isEqualTo(1999);
        assertThat(jdbc.queryForList("SELECT artist FROM albums WHERE title = 'Summer Mix'", String.class))
                .containsExactly("Various Artists");
        assertThat(jdbc.queryForList(
                        "SELECT s.artist FROM songs s JOIN albums a ON a.id = s.album_id WHERE a.title = 'Summer Mix'"
                                + " ORDER BY s.track_number",
                        String.class))
                .containsExactly("Singer One", "Singer Two");
    }

    @Test
    void onlyAnAdminStartsAScanAndOnlyASignedInUserSeesIt() throws Exception {
        mvc.perform(post("/library/scans").header(HttpHeaders.AUTHORIZATION, user))
                .andExpect(status().isForbidden());
        mvc.perform(post("/library/scans")).andExpect(status().isUnauthorized());
        mvc.perform(get("/library/scans/current")).andExpect(status().isUnauthorized());
    }

    @Test
    void aSecondScanWhileOneRunsIs409() throws Exception {
        Path dir = album("Many/Files");
        Path first = AudioFixtures.track("Tune")
                .artist("Many")
                .album("Files")
                .seconds(1)
                .writeTo(dir.resolve("000.mp3"));
        for (int i = 1; i < 300; i++) {
            Files.copy(first, dir.resolve(String.format("%03d.mp3", i)));
        }
        mvc.perform(post("/library/scans").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isAccepted());
        mvc.perform(post("/library/scans").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A scan is already running"));
        while ("running"
                .equals(json.readTree(mvc.perform(get("/library/scans/current").header(HttpHeaders.AUTHORIZATION, user))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .get("state")
                        .asText())) {
            Thread.sleep(100);
        }
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("musicplayer-music-");
        } catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void clear(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(dir)) {
                    Files.delete(path);
                }
            }
        }
    }
}
