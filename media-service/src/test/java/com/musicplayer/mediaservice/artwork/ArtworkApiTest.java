package com.musicplayer.mediaservice.artwork;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.test.AudioFixtures;
import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * {@code GET /artwork/{id}} (DESIGN §8): covers found by a scan — a folder's WebP image (read with
 * TwelveMonkeys), an embedded JPEG — stored once by content, served as stored or resized, cacheable.
 */
@ServiceTest
class ArtworkApiTest {

    static final Path MUSIC = temp();

    @DynamicPropertySource
    static void musicFolder(DynamicPropertyRegistry registry) {
        registry.add("musicplayer.media.music-dirs", MUSIC::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void coversAreStoredOnceAndServedAsStoredOrResizedWithCachingHeaders() throws Exception {
        String admin = bearer(TestTokens.admin(new TestRows(jdbc).user("root")));
        byte[] embedded = AudioFixtures.jpeg(400, Color.MAGENTA);
        Path first = Files.createDirectories(MUSIC.resolve("Band/First"));
        Path second = Files.createDirectories(MUSIC.resolve("Band/Second"));
        webp(first.resolve("folder.webp"));
        for (int i = 1; i <= 2; i++) {
            AudioFixtures.track("First " + i)
                    .artist("Band")
                    .album("First")
                    .track(i)
                    .writeTo(first.resolve(i + ".mp3"));
            // the same embedded picture in two files: one artwork
            AudioFixtures.track("Second " + i)
                    .artist("Band")
                    .album("Second")
                    .track(i)
                    .cover(embedded)
                    .writeTo(second.resolve(i + ".mp3"));
        }
        mvc.perform(post("/library/scans").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isAccepted());
        awaitScan(admin);

        assertThat(jdbc.queryForList("SELECT mime_type FROM artwork ORDER BY mime_type", String.class))
                .containsExactly("image/jpeg", "image/webp");
        String webpCover =
                jdbc.queryForObject("SELECT cover_image_url FROM albums WHERE title = 'First'", String.class);
        String jpegCover =
                jdbc.queryForObject("SELECT cover_image_url FROM albums WHERE title = 'Second'", String.class);

        MvcResult original = mvc.perform(get(jpegCover))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/jpeg"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable"))
                .andReturn();
        assertThat(original.getResponse().getContentAsByteArray()).isEqualTo(embedded);

        MvcResult resized = mvc.perform(get(webpCover + "?size=64"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/jpeg"))
                .andReturn();
        BufferedImage small =
                ImageIO.read(new ByteArrayInputStream(resized.getResponse().getContentAsByteArray()));
        assertThat(small.getWidth()).isEqualTo(64);
        assertThat(small.getHeight()).isEqualTo(32); // 200×100 kept its shape

        String etag = resized.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("\"").endsWith("-64\"");
        mvc.perform(get(webpCover + "?size=64").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());
        // never enlarged
        MvcResult big = mvc.perform(get(webpCover + "?size=2000"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(ImageIO.read(new ByteArrayInputStream(big.getResponse().getContentAsByteArray()))
                        .getWidth())
                .isEqualTo(200);
    }

    @Test
    void badSizesAre400AndUnknownArtworkIs404() throws Exception {
        mvc.perform(get("/artwork/1?size=8")).andExpect(status().isBadRequest());
        mvc.perform(get("/artwork/1?size=5000")).andExpect(status().isBadRequest());
        mvc.perform(get("/artwork/1?size=big")).andExpect(status().isBadRequest());
        mvc.perform(get("/artwork/987654")).andExpect(status().isNotFound());
        mvc.perform(get("/artwork/nope")).andExpect(status().isBadRequest());
    }

    private void awaitScan(String admin) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (mvc.perform(get("/library/scans/current").header(HttpHeaders.AUTHORIZATION, admin))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .contains("\"running\"")) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    /** A 200×100 WebP made by Debian's ffmpeg (libwebp). */
    private static void webp(Path file) throws Exception {
        Process ffmpeg = new ProcessBuilder(
                        "ffmpeg",
                        "-nostdin",
                        "-v",
                        "error",
                        "-y",
                        "-f",
                        "lavfi",
                        "-i",
                        "color=c=teal:s=200x100",
                        "-frames:v",
                        "1",
                        file.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true)
                .start();
        String output = new String(ffmpeg.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ffmpeg.waitFor()).as(output).isZero();
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("musicplayer-artwork-");
        } catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
