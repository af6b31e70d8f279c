package com.musicplayer.media.scan;

import com.musicplayer.media.Hashes;
import com.musicplayer.media.artwork.CoverImage;
import com.musicplayer.media.file.AudioFile;
import com.musicplayer.media.file.MediaFiles;
import com.musicplayer.media.file.MediaImports;
import com.musicplayer.media.tags.AudioTags;
import com.musicplayer.media.tags.TagReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * One scan of the music folders, in two passes. The first lists the folders (every folder under the
 * roots, in walk order) and counts their audio files: the scan's total, for its progress. The second
 * goes through the folders a few hundred at a time: one query fetches what the database knows of
 * those folders' files, and a file whose size and modification time are unchanged is not opened.
 * New and changed files are read (tags, content hash, covers) by a pool of threads, at most a
 * bounded number at a time, and imported by one writer in batches, each batch one transaction;
 * files gone from a folder, and folders gone altogether, lose their songs. Memory stays flat
 * whatever the library's size: nothing is held beyond the list of folders, the folders being
 * compared and the files in flight.
 */
final class ScanRun {

    private static final Logger log = LoggerFactory.getLogger(ScanRun.class);
    private static final int BATCH = 100;
    private static final int REMOVE_BATCH = 500;
    /** Folders whose known files one query fetches. */
    private static final int LOOKUP = 250;

    /** A folder to compare with what the database knows of it; {@code hash} is its dir_hash. */
    private record Folder(Path root, Path dir, String hash) {}

    private record Read(AudioFile file, Path path, Throwable failure) {}

    private static final Read DONE = new Read(null, null, null);

    final AtomicInteger total = new AtomicInteger();
    final AtomicInteger seen = new AtomicInteger();
    final AtomicInteger imported = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger removed = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final Instant startedAt = Instant.now();
    /** Set (under the run's lock) once its end is recorded: progress ticks stop writing. */
    boolean ended;

    /** The music folders, found when the run starts (generating the demo library may take a while). */
    private final java.util.function.Supplier<List<Path>> roots;

    private final TagReader tags;
    private final MediaFiles known;
    private final MediaImports imports;
    private final int threads;
    /** The number of imported files at which the writer next refreshes the database's statistics. */
    private int analyzeAt = 2 * BATCH;
    /** Set when the database went away: the rest of the scan only drains what is in flight. */
    private volatile RuntimeException fatal;

    ScanRun(
            java.util.function.Supplier<List<Path>> roots,
            TagReader tags,
            MediaFiles known,
            MediaImports imports,
            int threads) {
        this.roots = roots;
        this.tags = tags;
        this.known = known;
        this.imports = imports;
        this.threads = threads;
    }

    ScanStatus status(String state, Instant finishedAt, String error) {
        return ScanStatus.of(
                state,
                seen.get(),
                total.get(),
                imported.get(),
                updated.get(),
                removed.get(),
                failed.get(),
                startedAt,
                finishedAt,
                error);
    }

    void run() throws InterruptedException {
        List<Path> folders = roots.get();
        log.info("Scanning {} for music", folders.isEmpty() ? "(no music folders configured)" : folders);
        List<Path> existing = new ArrayList<>();
        for (Path root : folders) {
            if (Files.isDirectory(root)) {
                existing.add(root);
            } else {
                log.warn("Music folder {} does not exist or is not a folder: skipped", root);
            }
        }
        List<Folder> plan = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        for (Path root : existing) {
            total.addAndGet(plan(root, root, plan, visited));
        }
        ExecutorService readers = Executors.newFixedThreadPool(threads, named("scan-reader"));
        BlockingQueue<Read> reads = new ArrayBlockingQueue<>(4 * BATCH);
        Semaphore inFlight = new Semaphore(2 * BATCH);
        List<Long> gone = new ArrayList<>();
        Thread writer = new Thread(() -> write(reads, inFlight), "scan-writer");
        writer.start();
        try {
            // the plan may grow as it goes: a folder named like an audio file is only found out here
            // a first scan has nothing to compare with: it asks nothing (and a lookup planned while
            // the table was empty never slows down the import that fills it)
            boolean first = !known.anyScanned();
            for (int from = 0; from < plan.size() && fatal == null; ) {
                List<Folder> some = List.copyOf(plan.subList(from, Math.min(plan.size(), from + LOOKUP)));
                from += some.size();
                Map<String, List<MediaFiles.KnownFile>> knownFiles = first
                        ? Map.of()
                        : known.scannedIn(some.stream().map(Folder::hash).toList());
                for (Folder folder : some) {
                    compare(
                            folder,
                            knownFiles.getOrDefault(folder.hash(), List.of()),
                            plan,
                            visited,
                            readers,
                            reads,
                            inFlight,
                            gone);
                }
            }
        } finally {
            readers.shutdown();
            readers.awaitTermination(1, TimeUnit.HOURS);
            reads.put(DONE);
            writer.join();
        }
        if (fatal != null) {
            throw fatal;
        }
        // folders that held scanned files and were not walked this time: gone, or no longer a music folder
        for (String dir : known.scannedDirectoryHashes()) {
            if (!visited.contains(dir)) {
                gone.addAll(known.songsInDirectory(dir));
                if (gone.size() >= REMOVE_BATCH) {
                    remove(gone);
                }
            }
        }
        remove(gone);
    }

    /**
     * Adds the folder and, in walk order, the folders under it to the plan, marks them visited and
     * returns how many audio files they hold. An unreadable folder is visited but not planned: its
     * files are not "gone", we just cannot see them now.
     */
    private static int plan(Path root, Path dir, List<Folder> plan, Set<String> visited) {
        String hash = MediaImports.dirHash(dir.toString());
        visited.add(hash);
        int n = 0;
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (MusicFolders.hidden(name)) {
                    continue;
                }
                if (MusicFolders.isAudio(name)) {
                    n++; // looked at when compared (a folder named like an audio file is planned then)
                } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(entry);
                }
            }
        } catch (IOException ex) {
            log.warn("Cannot list {}: {}; its songs stay as they were", dir, ex.toString());
            return 0;
        }
        plan.add(new Folder(root, dir, hash));
        folders.sort(null);
        for (Path folder : folders) {
            n += plan(root, folder, plan, visited);
        }
        return n;
    }

    /**
     * Compares a folder's audio files with what the database knows of them: unchanged files are
     * only counted, new and changed ones go to the readers, known ones that are not there any more
     * go to {@code gone}.
     */
    private void compare(
            Folder folder,
            List<MediaFiles.KnownFile> knownFiles,
            List<Folder> plan,
            Set<String> visited,
            ExecutorService readers,
            BlockingQueue<Read> reads,
            Semaphore inFlight,
            List<Long> gone)
            throws InterruptedException {
        Path dir = folder.dir();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!MusicFolders.hidden(name) && MusicFolders.isAudio(name)) {
                    files.add(entry);
                }
            }
        } catch (IOException ex) {
            log.warn("Cannot list {}: {}; its songs stay as they were", dir, ex.toString());
            return;
        }
        Map<String, MediaFiles.KnownFile> before = new HashMap<>();
        knownFiles.forEach(file -> before.put(file.storageKey(), file));
        files.sort(null);
        CoverImage folderCover = null;
        boolean coverLooked = false;
        for (Path file : files) {
            if (fatal != null) {
                return;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException ex) {
                before.remove(file.toString());
                failed(file, ex);
                seen.incrementAndGet();
                continue;
            }
            if (attributes.isDirectory()) {
                // a folder named like an audio file: not a file, but a folder to scan (unless a link)
                total.decrementAndGet();
                if (!Files.isSymbolicLink(file)) {
                    total.addAndGet(plan(folder.root(), file, plan, visited));
                }
                continue;
            }
            MediaFiles.KnownFile was = before.remove(file.toString());
            if (!attributes.isRegularFile()) {
                seen.incrementAndGet(); // a pipe or a device: never opened
                continue;
            }
            long size = attributes.size();
            long mtime = attributes.lastModifiedTime().toMillis();
            if (was != null && was.size() == size && was.mtimeMs() == mtime) {
                seen.incrementAndGet(); // unchanged: not opened
                continue;
            }
            if (!coverLooked) {
                folderCover = folderCover(dir);
                coverLooked = true;
            }
            CoverImage cover = folderCover;
            Path root = folder.root();
            boolean known = was != null;
            inFlight.acquire();
            readers.execute(() -> {
                Read read;
                try {
                    read = new Read(read(root, file, size, mtime, cover, known), file, null);
                } catch (RuntimeException | IOException ex) {
                    read = new Read(null, file, ex);
                }
                try {
                    reads.put(read);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        // files the database knows in this folder that are not there any more
        before.values().forEach(file -> gone.add(file.songId()));
        if (gone.size() >= REMOVE_BATCH) {
            remove(gone);
        }
    }

    private AudioFile read(Path root, Path file, long size, long mtime, CoverImage folderCover, boolean known)
            throws IOException {
        AudioTags read = tags.read(file, root);
        CoverImage embedded = read.picture() == null
                ? null
                : CoverImage.of(read.picture().data()).orElse(null);
        return new AudioFile(
                AudioFile.SCAN,
                file.toString(),
                file.getParent().toString(),
                read,
                Hashes.sha256(file),
                size,
                mtime,
                embedded,
                folderCover,
                known);
    }

    private static CoverImage folderCover(Path dir) {
        try {
            Optional<Path> image = MusicFolders.coverOf(dir);
            if (image.isEmpty()) {
                return null;
            }
            Optional<CoverImage> cover = CoverImage.of(Files.readAllBytes(image.get()));
            if (cover.isEmpty()) {
                log.warn("Cover image {} is not an image we can read: skipped", image.get());
            }
            return cover.orElse(null);
        } catch (IOException | UncheckedIOException ex) {
            log.warn("Cannot read the cover image of {}: {}", dir, ex.toString());
            return null;
        }
    }

    /** The one writer: imports what the readers read, a batch (one transaction) at a time. */
    private void write(BlockingQueue<Read> reads, Semaphore inFlight) {
        List<AudioFile> batch = new ArrayList<>();
        try {
            while (true) {
                Read read = batch.isEmpty() ? reads.take() : reads.poll(200, TimeUnit.MILLISECONDS);
                if (read == null || read == DONE || batch.size() >= BATCH) {
                    save(batch);
                    batch.clear();
                }
                if (read == DONE) {
                    return;
                }
                if (read == null) {
                    continue;
                }
                inFlight.release();
                seen.incrementAndGet();
                if (read.failure() != null) {
                    failed(read.path(), read.failure());
                } else {
                    batch.add(read.file());
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private void save(List<AudioFile> batch) {
        if (batch.isEmpty() || fatal != null) {
            return;
        }
        try {
            count(imports.save(batch));
            if (imported.get() >= analyzeAt) {
                // the tables doubled since their statistics were taken: the lookups the import
                // repeats are planned for the tables as they are now
                imports.refreshStatistics();
                analyzeAt = 2 * imported.get();
            }
        } catch (DataAccessResourceFailureException
                | org.springframework.transaction.CannotCreateTransactionException down) {
            fatal = down;
        } catch (RuntimeException ex) {
            // one bad file should not cost its batch: import them one by one to find it
            log.debug("A batch of {} files failed ({}); importing them one by one", batch.size(), ex.toString());
            for (AudioFile file : batch) {
                try {
                    count(imports.save(List.of(file)));
                } catch (RuntimeException single) {
                    failed(Path.of(file.storageKey()), single);
                }
            }
        }
    }

    private void count(List<MediaImports.Outcome> outcomes) {
        for (MediaImports.Outcome outcome : outcomes) {
            (outcome.created() ? imported : updated).incrementAndGet();
        }
    }

    private void remove(List<Long> songs) {
        if (!songs.isEmpty()) {
            imports.remove(List.copyOf(songs));
            removed.addAndGet(songs.size());
            songs.clear();
        }
    }

    private void failed(Path file, Throwable why) {
        failed.incrementAndGet();
        log.warn("Cannot import {}: {}", file, why.getMessage() == null ? why.toString() : why.getMessage());
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
