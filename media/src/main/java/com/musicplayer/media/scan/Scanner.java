package com.musicplayer.media.scan;

import com.musicplayer.media.MediaProperties;
import com.musicplayer.media.demo.DemoLibrary;
import com.musicplayer.media.file.MediaFiles;
import com.musicplayer.media.file.MediaImports;
import com.musicplayer.media.tags.TagReader;
import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.db.UtcTimestamp;
import com.musicplayer.platform.web.ConflictException;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folder scans of {@code musicplayer.media.music-dirs} (DESIGN §8): one at a time (a second start
 * while one runs is a 409, also across instances sharing the database), in the background, with its
 * progress in {@link #current()}, in the {@code scans} table (every few seconds) and, for a scan
 * that lasts, as a line in the log every {@code progress-every}.
 */
@Service
@NamedInterface("api")
public class Scanner {

    private static final Logger log = LoggerFactory.getLogger(Scanner.class);
    /** A running scan that wrote nothing for this long died with its instance: not running. */
    private static final Duration STALE = Duration.ofSeconds(30);

    private final MediaProperties properties;
    private final DataDirectoryProperties data;
    private final TagReader tags;
    private final MediaFiles known;
    private final MediaImports imports;
    private final ScanRepository scans;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "scanner");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "scan-progress");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<ScanRun> running = new AtomicReference<>();

    Scanner(
            MediaProperties properties,
            DataDirectoryProperties data,
            TagReader tags,
            MediaFiles known,
            MediaImports imports,
            ScanRepository scans,
            JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.data = data;
        this.tags = tags;
        this.known = known;
        this.imports = imports;
        this.scans = scans;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void scanOnStart() {
        if (properties.scanOnStart() || demoLibrary()) {
            try {
                start();
            } catch (ConflictException alreadyRunning) {
                log.info("A scan is already running; none started with this instance");
            }
        }
    }

    /** The running scan's progress, or the last scan's result, or {@code idle}. */
    public ScanStatus current() {
        ScanRun run = running.get();
        if (run != null) {
            return run.status(ScanStatus.RUNNING, null, null);
        }
        return scans.findFirstByOrderByIdDesc().map(Scan::status).orElse(ScanStatus.NEVER);
    }

    /** Starts a scan in the background; 409 while one runs. */
    public synchronized ScanStatus start() {
        if (running.get() != null) {
            throw new ConflictException("A scan is already running");
        }
        var last = scans.findFirstByOrderByIdDesc();
        if (last.isPresent()
                && ScanStatus.RUNNING.equals(last.get().getState())
                && last.get().getHeartbeatAt().isAfter(Instant.now().minus(STALE))) {
            throw new ConflictException("A scan is already running (on another instance)");
        }
        ScanRun run = new ScanRun(this::roots, tags, known, imports, properties.scanThreadsOrCores());
        long scanId = insert(run.startedAt);
        running.set(run);
        var heartbeat = ticker.scheduleAtFixedRate(
                () -> tick(run, scanId),
                1,
                Math.max(1, properties.progressEvery().toSeconds()),
                TimeUnit.SECONDS);
        runner.execute(() -> {
            ScanStatus end;
            try {
                run.run();
                end = run.status(ScanStatus.FINISHED, Instant.now(), null);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                end = run.status(ScanStatus.FAILED, Instant.now(), "interrupted");
            } catch (RuntimeException ex) {
                log.error("The scan failed", ex);
                end = run.status(ScanStatus.FAILED, Instant.now(), ex.getMessage());
            } finally {
                heartbeat.cancel(false);
            }
            try {
                synchronized (run) { // no progress tick may land after the end
                    run.ended = true;
                    record(scanId, end);
                }
            } catch (RuntimeException ex) {
                log.warn("Cannot record the end of the scan: {}", ex.toString());
            } finally {
                running.set(null);
            }
            log.info(line("Scan " + end.state(), end));
        });
        return run.status(ScanStatus.RUNNING, null, null);
    }

    /** The music folders; the demo library (generated if needed) when none are configured and the demo is on. */
    List<Path> roots() {
        if (demoLibrary()) {
            Path demo = data.dataDir().resolve("demo-library");
            DemoLibrary.Result library = DemoLibrary.ensure(demo);
            if (library.generated()) {
                log.info(
                        "Generated the demo library in {}: {} artists, {} albums, {} tracks, {} MB",
                        demo,
                        library.artists(),
                        library.albums(),
                        library.tracks(),
                        library.bytes() / (1024 * 1024));
            }
            return List.of(demo);
        }
        return properties.musicDirs().stream()
                .map(dir -> dir.toAbsolutePath().normalize())
                .toList();
    }

    private boolean demoLibrary() {
        return properties.demo() && properties.musicDirs().isEmpty();
    }

    private void tick(ScanRun run, long scanId) {
        ScanStatus now = run.status(ScanStatus.RUNNING, null, null);
        try {
            synchronized (run) {
                if (run.ended) {
                    return;
                }
                record(scanId, now);
            }
        } catch (RuntimeException ex) {
            log.debug("Cannot record the scan's progress: {}", ex.toString());
        }
        if (Duration.between(run.startedAt, Instant.now()).compareTo(properties.progressEvery()) >= 0) {
            log.info(line("Scanning", now));
        }
    }

    /** The scan's row, as it starts: a plain insert (a rescan is over in a fraction of a second). */
    private long insert(Instant startedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO scans (state, files_total, files_seen, imported, updated, removed, failed,"
                        + " started_at, heartbeat_at) VALUES (?, 0, 0, 0, 0, 0, 0, ?, ?)")
                .params(ScanStatus.RUNNING, UtcTimestamp.of(startedAt), UtcTimestamp.of(startedAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private void record(long scanId, ScanStatus status) {
        transaction.executeWithoutResult(tx -> scans.findById(scanId).ifPresent(scan -> {
            scan.record(status, Instant.now());
            scans.save(scan);
        }));
    }

    static String line(String what, ScanStatus s) {
        int percent = s.filesTotal() == 0 ? 100 : (int) (100L * s.filesSeen() / s.filesTotal());
        return String.format(
                Locale.ROOT,
                "%s: %,d / %,d files (%d %%), %.0f files/s — %,d imported, %,d updated, %,d removed, %,d failed",
                what,
                s.filesSeen(),
                s.filesTotal(),
                percent,
                s.filesPerSecond(),
                s.imported(),
                s.updated(),
                s.removed(),
                s.failed());
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
        ticker.shutdownNow();
    }
}
