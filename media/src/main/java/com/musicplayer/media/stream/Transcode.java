package com.musicplayer.media.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;

/**
 * One running ffmpeg: its output goes to the client as it comes and, when the transcode may be
 * cached, into a partial cache file renamed into place once ffmpeg has finished well. Closing it
 * (always, in a try-with-resources) ends ffmpeg if it still runs — a client that went away must not
 * leave an encoder behind — deletes what is unfinished and frees the ffmpeg slot.
 */
@NamedInterface("api")
public final class Transcode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Transcode.class);

    private final Process process;
    private final Semaphore slot;
    private final TranscodeCache cache;
    private final Path partial;
    private final Path target;
    private final Path tempInput;
    private final StandardError stderr;
    private final TranscodeFormat format;
    private final AtomicBoolean closed = new AtomicBoolean();
    private boolean committed;

    Transcode(
            Process process,
            Semaphore slot,
            TranscodeCache cache,
            Path partial,
            Path target,
            Path tempInput,
            StandardError stderr,
            TranscodeFormat format) {
        this.process = process;
        this.slot = slot;
        this.cache = cache;
        this.partial = partial;
        this.target = target;
        this.tempInput = tempInput;
        this.stderr = stderr;
        this.format = format;
    }

    public String contentType() {
        return format.contentType();
    }

    /** ffmpeg's process id (tests check that it is gone after the client is). */
    public long pid() {
        return process.pid();
    }

    /**
     * Copies ffmpeg's output to {@code out} as it arrives, flushing each piece so the player starts
     * early. An {@link IOException} from {@code out} (the client disconnected) is thrown on; close
     * then stops ffmpeg.
     *
     * @throws TranscodeFailedException when ffmpeg fails (nothing is cached then)
     */
    public void writeTo(OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = process.getInputStream();
                OutputStream copy =
                        partial == null ? OutputStream.nullOutputStream() : Files.newOutputStream(partial)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                copy.write(buffer, 0, n);
                out.write(buffer, 0, n);
                out.flush();
            }
        }
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for ffmpeg", ex);
        }
        if (exit != 0) {
            throw new TranscodeFailedException("ffmpeg exited with " + exit + ": " + stderr.text());
        }
        if (partial != null) {
            cache.commit(partial, target);
            committed = true;
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (process.isAlive()) {
                process.destroyForcibly();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    log.warn("ffmpeg (pid {}) did not end after being killed", process.pid());
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(committed ? null : partial);
            deleteQuietly(tempInput);
            slot.release();
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ex) {
            log.warn("Cannot delete {}: {}", file, ex.toString());
        }
    }

    /** ffmpeg failed on audio the library holds (not the client's fault). */
    @NamedInterface("api")
    public static final class TranscodeFailedException extends IOException {
        TranscodeFailedException(String message) {
            super(message);
        }
    }

    /** The start of ffmpeg's error output, read on the side so it can never block ffmpeg. */
    static final class StandardError {
        private static final int MAX = 4096;
        private final Thread reader;
        private volatile String text = "";

        StandardError(InputStream stream) {
            reader = new Thread(
                    () -> {
                        try (stream) {
                            byte[] head = stream.readNBytes(MAX);
                            text = new String(head, java.nio.charset.StandardCharsets.UTF_8).strip();
                            stream.transferTo(OutputStream.nullOutputStream());
                        } catch (IOException ignored) {
                            // the process was killed
                        }
                    },
                    "ffmpeg-stderr");
            reader.setDaemon(true);
            reader.start();
        }

        String text() {
            try {
                reader.join(1000);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return text;
        }
    }
}
