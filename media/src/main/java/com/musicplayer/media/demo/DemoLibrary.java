package com.musicplayer.media.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, playable demo library made in pure Java: short synthesized pieces (pad, bass, melody,
 * drums) as FLAC and a few WAV, tagged with jaudiotagger, a Java2D cover per album as
 * {@code cover.jpg} (and embedded in two albums' files), one {@code .lrc} sidecar and one track with
 * embedded lyrics. Laid out {@code Artist/Album (Year)/NN - Title.flac}, with a two-disc album
 * ({@code CD1}, {@code CD2}) and a compilation under {@code Various Artists}: five artists, seven
 * albums, 35 tracks of 20-30 s, about 25 MB.
 *
 * <p>The same version writes the same bytes on every run (the pieces are seeded; covers depend on
 * the fonts installed), so a deleted library is regenerated identically.
 */
public final class DemoLibrary {

    /** Bumped whenever the generated content changes, so {@link #ensure} regenerates it. */
    static final String VERSION = "1";

    static final String MARKER = ".musicplayer-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoLibrary.class);

    /**
     * What the library holds.
     *
     * @param bytes the size of all its files (audio, covers, lyrics)
     * @param generated false when {@link #ensure} found it already there
     */
    public record Result(Path directory, int artists, int albums, int tracks, long bytes, boolean generated) {}

    private DemoLibrary() {}

    /**
     * Generates the library unless {@code dir} already holds this version of it (its marker file
     * says so): cheap enough to call at every start.
     */
    public static Result ensure(Path dir) {
        return ensure(dir, DemoCatalog.albums());
    }

    /** {@link #ensure(Path)} of another catalog (tests use a small one). */
    static synchronized Result ensure(Path dir, List<DemoCatalog.Album> albums) {
        Properties marker = readMarker(dir);
        if (marker != null && VERSION.equals(marker.getProperty("version"))) {
            return new Result(
                    dir,
                    Integer.parseInt(marker.getProperty("artists")),
                    Integer.parseInt(marker.getProperty("albums")),
                    Integer.parseInt(marker.getProperty("tracks")),
                    Long.parseLong(marker.getProperty("bytes")),
                    false);
        }
        return generate(dir, albums);
    }

    /**
     * Writes the library into {@code dir} (created if needed). A previous demo library there (one
     * with the marker file) is deleted first; other files are left alone. The marker is written last,
     * so an interrupted run is redone by the next {@link #ensure}.
     */
    public static Result generate(Path dir) {
        return generate(dir, DemoCatalog.albums());
    }

    /** {@link #generate(Path)} of another catalog (tests use a small one). */
    static synchronized Result generate(Path dir, List<DemoCatalog.Album> albums) {
        long started = System.nanoTime();
        try {
            if (readMarker(dir) != null) {
                deleteContents(dir);
            }
            Files.createDirectories(dir);
            long bytes = writeAll(dir, albums);
            Result result = new Result(
                    dir,
                    (int) albums.stream()
                            .flatMap(a -> a.tracks().stream())
                            .map(DemoCatalog.Track::artist)
                            .distinct()
                            .count(),
                    albums.size(),
                    albums.stream().mapToInt(a -> a.tracks().size()).sum(),
                    bytes,
                    true);
            writeMarker(dir, result);
            log.info(
                    "Demo library: {} tracks, {} albums, {} MB written to {} in {} ms",
                    result.tracks(),
                    result.albums(),
                    String.format(Locale.ROOT, "%.1f", result.bytes() / 1e6),
                    dir,
                    (System.nanoTime() - started) / 1_000_000);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo library to " + dir, e);
        }
    }

    /** Covers first (they are embedded), then the tracks, a track per core; the bytes written. */
    private static long writeAll(Path dir, List<DemoCatalog.Album> albums) throws IOException {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "demo-library");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<Path>>> work = new ArrayList<>();
            List<Path> written = new ArrayList<>();
            for (DemoCatalog.Album album : albums) {
                Path albumDir =
                        dir.resolve(safe(album.albumArtist())).resolve(safe(album.title()) + " (" + album.year() + ")");
                Files.createDirectories(albumDir);
                byte[] cover = CoverArt.jpeg(album);
                written.add(Files.write(albumDir.resolve("cover.jpg"), cover));
                for (DemoCatalog.Track track : album.tracks()) {
                    work.add(pool.submit(
                            () -> DemoTrackWriter.write(albumDir, album, track, album.embedCover() ? cover : null)));
                }
            }
            for (Future<List<Path>> future : work) {
                written.addAll(future.get());
            }
            long bytes = 0;
            for (Path file : written) {
                bytes += Files.size(file);
            }
            return bytes;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("demo library generation failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating the demo library", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A name usable as a file or folder name on every common file system. */
    static String safe(String name) {
        return name.replaceAll("[/\\\\:*?\"<>|]", "-");
    }

    private static Properties readMarker(Path dir) {
        Path marker = dir.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return null;
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            properties.load(in);
            return properties;
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Unreadable demo library marker {} ({}): regenerating", marker, e.toString());
            return new Properties(); // ours, but of no known version
        }
    }

    private static void writeMarker(Path dir, Result result) throws IOException {
        Path temp = dir.resolve(MARKER + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write("# MusicPlayer's generated demo library (DemoLibrary); delete this file to regenerate it\n");
            out.write("version=" + VERSION + "\n");
            out.write("artists=" + result.artists() + "\n");
            out.write("albums=" + result.albums() + "\n");
            out.write("tracks=" + result.tracks() + "\n");
            out.write("bytes=" + result.bytes() + "\n");
        }
        Files.move(temp, dir.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteContents(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(dir)) {
                    Files.delete(path);
                }
            }
        }
    }
}
