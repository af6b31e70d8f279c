package com.musicplayer.media.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finished transcodes on disk ({@code <data-dir>/cache/transcodes}), named by content hash, bitrate
 * and format, within a size cap: when a new one pushes the total over it, the least recently used go
 * first. A hit sets the file's modification time, so "recently used" survives restarts with no index.
 * A transcode is written to a {@code .partial-*} file and renamed into place only when complete, so a
 * reader never sees half a file; partial files left by a crash are removed at start. Instances
 * sharing a data directory share the cache.
 */
final class TranscodeCache {

    private static final Logger log = LoggerFactory.getLogger(TranscodeCache.class);
    private static final String PARTIAL = ".partial-";

    private final Path dir;
    private final long capBytes;

    TranscodeCache(Path dir, long capBytes) {
        this.dir = dir;
        this.capBytes = capBytes;
        try {
            Files.createDirectories(dir);
            // partial transcodes and S3 inputs copied for ffmpeg, left by a process that was killed
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, ".*")) {
                for (Path leftover : leftovers) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot use the transcode cache " + dir, ex);
        }
    }

    /** A cap of 0 turns the cache off: every transcode runs ffmpeg. */
    boolean enabled() {
        return capBytes > 0;
    }

    Path dir() {
        return dir;
    }

    Path fileFor(String sha256, TranscodeFormat format, int kbps) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a content hash: " + sha256);
        }
        return dir.resolve(sha256 + "-" + kbps + "k." + format.id());
    }

    /** The finished transcode, if the cache has it; marks it used. */
    Optional<Path> lookup(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(file);
        } catch (NoSuchFileException ex) {
            return Optional.empty();
        } catch (IOException ex) {
            log.warn("Cannot use the cached transcode {}: {}", file, ex.toString());
            return Optional.empty();
        }
    }

    Path newPartial() throws IOException {
        return Files.createTempFile(dir, PARTIAL, ".tmp");
    }

    /** Moves a complete transcode into place, then keeps the cache within its cap. */
    void commit(Path partial, Path file) throws IOException {
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        evict();
    }

    /** Deletes the least recently used transcodes until the rest fit into the cap. */
    synchronized void evict() throws IOException {
        record Entry(Path file, long size, FileTime used) {}
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (file.getFileName().toString().startsWith(".")) {
                    continue;
                }
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    entries.add(new Entry(file, attributes.size(), attributes.lastModifiedTime()));
                    total += attributes.size();
                } catch (NoSuchFileException gone) {
                    // evicted by another instance sharing the directory
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::used));
        for (Entry entry : entries) {
            if (total <= capBytes) {
                break;
            }
            Files.deleteIfExists(entry.file());
            total -= entry.size();
            log.debug("Evicted the transcode {} ({} bytes)", entry.file().getFileName(), entry.size());
        }
    }
}
