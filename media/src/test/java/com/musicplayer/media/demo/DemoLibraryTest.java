package com.musicplayer.media.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.musicplayer.media.tags.AudioTags;
import com.musicplayer.media.tags.LyricLine;
import com.musicplayer.media.tags.TagReader;
import com.musicplayer.platform.test.AudioProbe;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated demo library, read back the way the scanner will read it. */
class DemoLibraryTest {

    private static final long MAX_BYTES = 30_000_000;

    @TempDir
    static Path root;

    /** One short album: a FLAC with the cover, a WAV, a FLAC with an .lrc sidecar. */
    private static final List<DemoCatalog.Album> SMALL = List.of(new DemoCatalog.Album(
            "Tiny Band",
            "Short Album",
            2024,
            "Test",
            CoverArt.Motif.TILES,
            Color.BLUE,
            Color.PINK,
            true,
            1,
            List.of(
                    new DemoCatalog.Track("One", "Tiny Band", 1, 1, Style.POP, 2, false, "Test", "Words", List.of()),
                    new DemoCatalog.Track("Two", "Tiny Band", 1, 2, Style.LOFI, 2, true, "Test", null, List.of()),
                    new DemoCatalog.Track(
                            "Three", "Tiny Band", 1, 3, Style.SYNTH, 3, false, "Test", null, List.of("La")))));

    private static DemoLibrary.Result result;
    private final TagReader reader = new TagReader();

    @BeforeAll
    static void generate() {
        result = DemoLibrary.ensure(root);
    }

    @Test
    void holdsFiveArtistsSevenAlbumsThirtyFiveTracksWithinBudget() throws Exception {
        assertThat(result.generated()).isTrue();
        assertThat(result.artists()).isEqualTo(5);
        assertThat(result.albums()).isEqualTo(7);
        assertThat(result.tracks()).isEqualTo(35);
        assertThat(result.bytes()).isEqualTo(sizeOfAudioCoversAndLyrics()).isLessThanOrEqualTo(MAX_BYTES);
        assertThat(audioFiles()).hasSize(35);
        assertThat(files(".wav")).hasSize(2);
        assertThat(files("cover.jpg")).hasSize(7);
        assertThat(files(".lrc")).hasSize(1);
    }

    @Test
    void everyTrackReadsBackWithItsTagsWhereTheLayoutPutsIt() {
        for (DemoCatalog.Album album : DemoCatalog.albums()) {
            Path albumDir = root.resolve(album.albumArtist()).resolve(album.title() + " (" + album.year() + ")");
            for (DemoCatalog.Track track : album.tracks()) {
                Path dir = album.discs() > 1 ? albumDir.resolve("CD" + track.disc()) : albumDir;
                Path file = dir.resolve(
                        String.format("%02d - %s.%s", track.number(), track.title(), track.wav() ? "wav" : "flac"));

                AudioTags tags = reader.read(file, root);

                assertThat(tags.title()).isEqualTo(track.title());
                assertThat(tags.artist()).isEqualTo(track.artist());
                assertThat(tags.album()).isEqualTo(album.title());
                assertThat(tags.albumArtist()).isEqualTo(album.albumArtist());
                assertThat(tags.trackNumber()).isEqualTo(track.number());
                assertThat(tags.discNumber()).isEqualTo(track.disc());
                assertThat(tags.discTotal()).isEqualTo(album.discs());
                assertThat(tags.year()).isEqualTo(album.year());
                assertThat(tags.genre()).isEqualTo(track.genre());
                assertThat(tags.compilation()).isEqualTo(album.compilation());
                assertThat(tags.container()).isEqualTo(track.wav() ? "wav" : "flac");
                assertThat(tags.sampleRate()).isEqualTo(44_100);
                assertThat(tags.channels()).isEqualTo(1);
                // exactly the samples rendered (TagReader's durations are checked against ffprobe elsewhere)
                double seconds = Synth.of(track.style(), DemoTrackWriter.seed(album, track), track.bars())
                        .seconds();
                assertThat(tags.durationMs()).isCloseTo(Math.round(seconds * 1000), within(1L));
                assertThat(tags.durationMs()).isBetween(20_000L, 45_000L);
            }
        }
    }

    @Test
    void everyFileDecodesCleanly() {
        audioFiles().forEach(AudioProbe::assertDecodes); // flac -t (with its MD5 check), ffmpeg for the WAVs
    }

    @Test
    void compilationIsOneAlbumOfSeveralArtists() {
        List<AudioTags> sampler = tagsIn(root.resolve("Various Artists/Sunday Sampler (2022)"));

        assertThat(sampler).hasSize(6).allSatisfy(tags -> {
            assertThat(tags.compilation()).isTrue();
            assertThat(tags.albumArtist()).isEqualTo("Various Artists");
            assertThat(tags.album()).isEqualTo("Sunday Sampler");
        });
        assertThat(sampler.stream().map(AudioTags::artist).distinct()).hasSize(5);
    }

    @Test
    void twoDiscAlbumNumbersItsDiscs() {
        Path album = root.resolve("The Copper Kites/Live at the Lighthouse (2018)");

        assertThat(tagsIn(album.resolve("CD1")))
                .extracting(AudioTags::discNumber)
                .containsOnly(1)
                .hasSize(3);
        assertThat(tagsIn(album.resolve("CD2")))
                .extracting(AudioTags::discNumber)
                .containsOnly(2)
                .hasSize(3);
        assertThat(tagsIn(album.resolve("CD2")))
                .extracting(AudioTags::trackNumber)
                .containsExactly(1, 2, 3);
    }

    @Test
    void everyAlbumHasACoverAndTwoEmbedIt() throws Exception {
        for (DemoCatalog.Album album : DemoCatalog.albums()) {
            Path dir = root.resolve(album.albumArtist()).resolve(album.title() + " (" + album.year() + ")");
            byte[] cover = Files.readAllBytes(dir.resolve("cover.jpg"));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(cover));
            assertThat(image.getWidth()).isEqualTo(500);
            assertThat(image.getHeight()).isEqualTo(500);
            for (AudioTags tags : tagsIn(dir)) {
                if (album.embedCover()) {
                    assertThat(tags.picture().data()).isEqualTo(cover);
                    assertThat(tags.picture().mimeType()).isEqualTo("image/jpeg");
                } else {
                    assertThat(tags.picture()).isNull();
                }
            }
        }
        assertThat(DemoCatalog.albums().stream().filter(DemoCatalog.Album::embedCover))
                .hasSize(3);
    }

    @Test
    void oneTrackHasEmbeddedLyricsAndAnotherASyncedSidecar() {
        Path album = root.resolve("Mira Solenne/Glass Garden (2020)");

        AudioTags plain = reader.read(album.resolve("01 - Glass Garden.flac"), root);
        AudioTags synced = reader.read(album.resolve("05 - Evening Tea.flac"), root);

        assertThat(plain.lyrics())
                .startsWith("Walls of glass and a sky of green,")
                .contains("patient love.");
        assertThat(synced.syncedLyrics())
                .extracting(LyricLine::text)
                .containsExactly(
                        "Steam curls up from the china cup,",
                        "the garden hums as the lamps come up.",
                        "Pages turning, the kettle sings,",
                        "evening settles on folded wings.");
        assertThat(synced.syncedLyrics().get(0).startMs()).isBetween(5_000L, 7_000L); // after the intro
        assertThat(synced.syncedLyrics().get(3).startMs()).isLessThan(synced.durationMs());
    }

    @Test
    void ensureFindsTheLibraryAndLeavesItAlone() throws Exception {
        Path someTrack = audioFiles().get(0);
        FileTime before = Files.getLastModifiedTime(someTrack);

        DemoLibrary.Result again = DemoLibrary.ensure(root);

        assertThat(again.generated()).isFalse();
        assertThat(again)
                .isEqualTo(new DemoLibrary.Result(
                        root, result.artists(), result.albums(), result.tracks(), result.bytes(), false));
        assertThat(Files.getLastModifiedTime(someTrack)).isEqualTo(before);
    }

    /** A new version regenerates: the old library goes (its stray files too), the same bytes return. */
    @Test
    void newVersionRegeneratesTheSameBytes(@TempDir Path other) throws Exception {
        DemoLibrary.Result first = DemoLibrary.generate(other, SMALL);
        Map<String, String> before = hashes(other);
        Path stray = Files.writeString(other.resolve("Tiny Band/old-track.flac"), "from an older demo");
        Files.writeString(other.resolve(DemoLibrary.MARKER), "version=0\n");

        DemoLibrary.Result second = DemoLibrary.ensure(other, SMALL);

        assertThat(second.generated()).isTrue();
        assertThat(second.bytes()).isEqualTo(first.bytes());
        assertThat(stray).doesNotExist();
        assertThat(hashes(other)).isEqualTo(before).hasSize(3 + 1 + 1); // tracks, cover, sidecar
    }

    @Test
    void filesOfOthersInTheFolderAreLeftAlone(@TempDir Path other) throws Exception {
        Path mine = Files.writeString(other.resolve("notes.txt"), "mine");

        DemoLibrary.generate(other, SMALL);

        assertThat(mine).hasContent("mine");
    }

    private List<AudioTags> tagsIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(DemoLibraryTest::isAudio)
                    .sorted()
                    .map(f -> reader.read(f, root))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> audioFiles() {
        return files("").stream().filter(DemoLibraryTest::isAudio).toList();
    }

    private static boolean isAudio(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".flac") || name.endsWith(".wav");
    }

    private static List<Path> files(String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sizeOfAudioCoversAndLyrics() {
        return files("").stream()
                .filter(f -> !f.getFileName().toString().equals(DemoLibrary.MARKER))
                .mapToLong(f -> f.toFile().length())
                .sum();
    }

    /** SHA-256 of every file but the marker, by path relative to the library. */
    private static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals(DemoLibrary.MARKER)) {
                    byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                    hashes.put(dir.relativize(file).toString(), HexFormat.of().formatHex(digest));
                }
            }
        }
        return hashes;
    }
}
