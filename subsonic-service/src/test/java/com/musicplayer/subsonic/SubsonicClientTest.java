package com.musicplayer.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.auth.apikey.ApiKeys;
import com.musicplayer.media.upload.Uploads;
import com.musicplayer.platform.test.AudioFixtures;
import com.musicplayer.platform.test.TestRows;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real client: the npm package subsonic-api 3.3.1 ({@code src/test/node/client.test.mjs}, Node's
 * test runner) against this service, over every method of the minimum set with apiKey and with u + t
 * + s (GET and form POST). It is installed with {@code npm ci} from the committed lock file into
 * {@code target/subsonic-client} on first run (Node ≥ 18 with npm, the npm registry once). Without
 * Node the test is skipped, saying so.
 */
@SubsonicTest
class SubsonicClientTest {

    private static final Path SOURCE = Path.of("src/test/node");
    private static final Path HOME = Path.of("target/subsonic-client");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Uploads uploads;

    @Test
    void subsonicApiPassesOverEveryMethodWithBothAuthStyles() throws Exception {
        Assumptions.assumeTrue(
                available("node") && available("npm"),
                "SKIPPED: Node >= 18 with npm is needed for the subsonic-api client test (apt-get install nodejs npm)");
        install();
        long user = new TestRows(jdbc).admin("clienttest");
        String key = keys.create(user, "node").key();
        Path file = Files.createTempFile("client-", ".mp3");
        AudioFixtures.track("Blue in Green")
                .artist("Bill Evans")
                .album("Portrait in Jazz")
                .genre("Jazz")
                .year(1960)
                .seconds(4)
                .lyrics("Blue\nGreen")
                .syncedLyric(0, "Blue")
                .syncedLyric(2000, "Green")
                .cover(AudioFixtures.jpeg(200, Color.GREEN))
                .writeTo(file);
        long song = uploads.accept(file, "blue-in-green.mp3", user).songId();
        Long album = jdbc.queryForObject("SELECT album_id FROM songs WHERE id = ?", Long.class, song);
        Long artist = jdbc.queryForObject("SELECT artist_id FROM albums WHERE id = ?", Long.class, album);
        String cover = jdbc.queryForObject("SELECT cover_image_url FROM albums WHERE id = ?", String.class, album);
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("url", "http://localhost:" + port);
        given.put("username", "clienttest");
        given.put("key", key);
        given.put("song", String.valueOf(song));
        given.put("album", "al-" + album);
        given.put("artist", "ar-" + artist);
        given.put("coverArt", cover.substring("/artwork/".length()));
        Path xml = Files.createDirectories(HOME.resolve("xml"));
        try (var old = Files.list(xml)) {
            for (Path stale : old.toList()) {
                Files.delete(stale);
            }
        }
        given.put("xmlDir", xml.toAbsolutePath().toString());

        ProcessBuilder run = new ProcessBuilder("node", "--test", "--test-reporter=spec", "client.test.mjs")
                .directory(HOME.toFile())
                .redirectErrorStream(true);
        run.environment().put("SUBSONIC_TEST", Subsonic.JSON.writeValueAsString(given));
        Process node = run.start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = node.waitFor(5, TimeUnit.MINUTES);
        System.out.println(out);

        assertThat(ended).isTrue();
        assertThat(node.exitValue()).as(out).isZero();
        assertThat(out).contains("pass 48").contains("fail 0");
        // every XML answer the client sampled, valid Subsonic 1.16.1 once the OpenSubsonic additions are off
        List<Path> answers;
        try (var files = Files.list(xml)) {
            answers = files.sorted().toList();
        }
        assertThat(answers).hasSize(3 * 35);
        for (Path answer : answers) {
            org.w3c.dom.Document document =
                    SubsonicSchema.openSubsonicStripped(SubsonicSchema.parse(Files.readAllBytes(answer)));
            try {
                SubsonicSchema.validate(document);
            } catch (Exception invalid) {
                throw new AssertionError(answer.getFileName() + ": " + invalid.getMessage(), invalid);
            }
        }
        System.out.printf("subsonic-api sampled %d XML answers: all valid against the Subsonic XSD%n", answers.size());
    }

    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(HOME);
        for (String name : new String[] {"package.json", "package-lock.json", "client.test.mjs"}) {
            Files.copy(SOURCE.resolve(name), HOME.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isDirectory(HOME.resolve("node_modules/subsonic-api"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                .directory(HOME.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true)
                .start();
        String output = new String(npm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci of the subsonic-api client failed: " + output);
        }
    }

    private static boolean available(String tool) {
        try {
            Process probe = new ProcessBuilder(tool, "--version")
                    .redirectErrorStream(true)
                    .start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException ex) {
            return false;
        }
    }
}
