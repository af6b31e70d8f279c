package com.musicplayer.mediaservice.upload;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.test.AudioFixtures;
import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code POST /uploads} (DESIGN §8): who may upload, the song an upload becomes, the same content
 * twice, and every refusal — each leaving nothing behind: no row, no blob, no temp file.
 */
@ServiceTest
@TestPropertySource(properties = "musicplayer.limits.max-upload-size=300KB")
class UploadApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataDirectoryProperties data;

    @TempDir
    Path work;

    TestRows rows;
    /** What the data directory held before the test: blobs of earlier tests stay (rows do not). */
    long filesBefore;

    long audioBefore;
    String admin;
    long adaId;
    String ada;

    @BeforeEach
    void setUp() throws IOException {
        filesBefore =
                files(data.dataDir().resolve("media")) + files(data.dataDir().resolve("tmp"));
        audioBefore = files(data.dataDir().resolve("media/audio"));
        rows = new TestRows(jdbc);
        admin = bearer(TestTokens.admin(rows.user("root")));
        adaId = rows.user("ada");
        ada = bearer(TestTokens.user(adaId));
    }

    ResultActions upload(String token, String filename, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/uploads")
                .file(new MockMultipartFile("file", filename, "application/octet-stream", bytes))
                .header(HttpHeaders.AUTHORIZATION, token));
    }

    byte[] song(String title, String format) throws IOException {
        Path file = AudioFixtures.track(title)
                .artist("Uploader")
                .album("Uploads")
                .track(1)
                .year(2024)
                .cover(AudioFixtures.jpeg(120, Color.ORANGE))
                .seconds(1.5)
                .writeTo(work.resolve(title + "." + format));
        return Files.readAllBytes(file);
    }

    /** Rows, blobs and temp files: what a failed upload must not leave. */
    long leftovers() throws IOException {
        return rows.count("select count(*) from songs")
                + rows.count("select count(*) from media_files")
                + rows.count("select count(*) from uploads")
                + rows.count("select count(*) from artwork")
                + files(data.dataDir().resolve("media"))
                + files(data.dataDir().resolve("tmp"))
                - filesBefore;
    }

    static long files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void anAdminUploadsAFileThatBecomesASongWithItsTagsAndCover() throws Exception {
        upload(admin, "ignored-name.flac", song("Fresh Upload", "flac"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.matchesRegex("/songs/\\d+")))
                .andExpect(jsonPath("$.song.title").value("Fresh Upload"))
                .andExpect(jsonPath("$.song.artist").value("Uploader"))
                .andExpect(jsonPath("$.song.album").value("Uploads"))
                .andExpect(jsonPath("$.song.duration").value(2))
                .andExpect(
                        jsonPath("$.song.cover_image_url").value(org.hamcrest.Matchers.matchesRegex("/artwork/\\d+")));

        assertThat(rows.count("select count(*) from media_files where source = 'upload'"))
                .isEqualTo(1);
        assertThat(rows.count("select count(*) from uploads where filename = 'ignored-name.flac'"))
                .isEqualTo(1);
        assertThat(files(data.dataDir().resolve("media/audio")) - audioBefore).isEqualTo(1);
        assertThat(files(data.dataDir().resolve("tmp"))).isZero();
    }

    @Test
    void theSameContentTwiceIsTheSameSong() throws Exception {
        byte[] bytes = song("Twice", "mp3");
        String first = upload(admin, "twice.mp3", bytes)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.LOCATION);

        upload(admin, "again.mp3", bytes)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.LOCATION, first));

        assertThat(rows.count("select count(*) from songs")).isEqualTo(1);
        assertThat(files(data.dataDir().resolve("media/audio")) - audioBefore).isEqualTo(1);
    }

    @Test
    void aUserMayUploadOnlyWhenAnAdminAllowedIt() throws Exception {
        byte[] bytes = song("By Ada", "ogg");
        upload(ada, "ada.ogg", bytes).andExpect(status().isForbidden());
        assertThat(leftovers()).isZero();

        jdbc.update("update users set can_upload = true where id = ?", adaId);
        upload(ada, "ada.ogg", bytes).andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select user_id from uploads", Long.class))
                .isEqualTo(adaId);
    }

    @Test
    void notAudioIs415AndLeavesNothing() throws Exception {
        upload(admin, "cover.mp3", AudioFixtures.png(64, Color.RED))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        upload(admin, "notes.flac", "just some text".getBytes()).andExpect(status().isUnsupportedMediaType());
        upload(admin, "empty.mp3", new byte[0]).andExpect(status().isUnsupportedMediaType());

        assertThat(leftovers()).isZero();
    }

    @Test
    void damagedAudioIs422AndLeavesNothing() throws Exception {
        byte[] good = song("Damaged", "wav");
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 3);

        upload(admin, "damaged.wav", cut)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("damaged")));

        assertThat(leftovers()).isZero();
    }

    @Test
    void overTheSizeLimitIs413AndLeavesNothing() throws Exception {
        byte[] big = new byte[400 * 1024];
        System.arraycopy(song("Big", "mp3"), 0, big, 0, 1000);

        upload(admin, "big.mp3", big).andExpect(status().isContentTooLarge());

        assertThat(leftovers()).isZero();
    }

    @Test
    void uploadsNeedAToken() throws Exception {
        mvc.perform(multipart("/uploads").file(new MockMultipartFile("file", "x.mp3", null, new byte[10])))
                .andExpect(status().isUnauthorized());
    }
}
