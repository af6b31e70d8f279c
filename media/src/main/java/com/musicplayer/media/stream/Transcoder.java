package com.musicplayer.media.stream;

import com.musicplayer.media.MediaProperties;
import com.musicplayer.media.file.StoredAudio;
import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.web.BadRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Transcoding with ffmpeg (DESIGN §9): at most {@code transcode-concurrency} ffmpeg processes at
 * once (one per core); a request that finds none free waits up to {@code transcode-wait}, then gets
 * 503 with {@code Retry-After}. Whole-song transcodes are cached ({@link TranscodeCache}); ones
 * starting at a {@code time_offset} are not. Without ffmpeg on the machine, transcoding answers 503
 * (the original still streams).
 */
@Service
@NamedInterface("api")
public class Transcoder {

    private static final Logger log = LoggerFactory.getLogger(Transcoder.class);
    /** Containers ffmpeg cannot read from a pipe (their index may sit at the end of the file). */
    private static final Set<String> NEEDS_SEEKABLE_INPUT = Set.of("m4a", "mp4", "m4b", "mov", "3gp");

    private static final String RETRY_AFTER_SECONDS = "5";

    /** A transcode to make: format, bitrate in kb/s, and where to start (null: the beginning). */
    @NamedInterface("api")
    public record Target(TranscodeFormat format, int kbps, Double offsetSeconds) {

        public boolean cacheable() {
            return offsetSeconds == null;
        }

        /** A strong ETag for this transcode of that content (a cached transcode never changes). */
        public String etag(String sha256) {
            return "\"" + sha256 + "-" + kbps + "k." + format.id() + "\"";
        }
    }

    private final String ffmpeg;
    private final Semaphore slots;
    private final long waitMillis;
    private final TranscodeCache cache;

    Transcoder(MediaProperties properties, DataDirectoryProperties data) {
        this.ffmpeg = properties.ffmpeg();
        this.slots = new Semaphore(properties.transcodeConcurrencyOrCores(), true);
        this.waitMillis = properties.transcodeWait().toMillis();
        this.cache = new TranscodeCache(
                data.dataDir().resolve("cache/transcodes"),
                properties.transcodeCacheSize().toBytes());
    }

    /**
     * What a stream request asks for: empty when the original answers it — nothing asked, or the
     * original is already in that codec at no more than that bitrate. {@code max_bitrate} or
     * {@code time_offset} without a {@code format} mean MP3.
     *
     * @param format {@code mp3}, {@code opus} or {@code aac} (validated by the caller), or null
     * @throws BadRequestException for a {@code time_offset} that is no number of seconds, or at or
     *     past the end of the song
     */
    public Optional<Target> plan(StoredAudio audio, String format, Integer maxBitrate, Double timeOffset) {
        if (format == null && maxBitrate == null && timeOffset == null) {
            return Optional.empty();
        }
        TranscodeFormat wanted = TranscodeFormat.named(format).orElse(TranscodeFormat.MP3);
        if (timeOffset == null
                && (format == null || wanted.codec().equals(audio.codec()))
                && (maxBitrate == null || (audio.bitrate() != null && audio.bitrate() <= maxBitrate))) {
            return Optional.empty();
        }
        if (timeOffset != null && (!Double.isFinite(timeOffset) || timeOffset < 0)) {
            throw new BadRequestException("time_offset must be a number of seconds from 0");
        }
        if (timeOffset != null && timeOffset * 1000 >= audio.durationMs()) {
            throw new BadRequestException("time_offset " + timeOffset + " s is at or past the end of the song ("
                    + audio.durationMs() / 1000.0 + " s)");
        }
        int kbps = maxBitrate == null ? wanted.defaultBitrate() : Math.min(maxBitrate, TranscodeFormat.MAX_BITRATE);
        return Optional.of(new Target(wanted, kbps, timeOffset));
    }

    /** The finished transcode from the cache, if it is there (marked used). */
    public Optional<Path> cached(AudioSource source, Target target) {
        if (!target.cacheable() || !cache.enabled()) {
            return Optional.empty();
        }
        return cache.lookup(cache.fileFor(source.audio().sha256(), target.format(), target.kbps()));
    }

    /**
     * Starts ffmpeg for {@code target} once a slot is free (waiting at most {@code transcode-wait}).
     *
     * @throws ErrorResponseException 503 with {@code Retry-After} when every slot stays busy; 503
     *     when ffmpeg cannot be run on this machine
     */
    public Transcode start(AudioSource source, Target target) throws IOException {
        acquire();
        Path partial = null;
        Path tempInput = null;
        try {
            List<String> command = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-loglevel", "error"));
            if (target.offsetSeconds() != null) {
                command.addAll(List.of("-ss", String.format(Locale.ROOT, "%.3f", target.offsetSeconds())));
            }
            Path input = source.localFile().orElse(null);
            if (input == null && NEEDS_SEEKABLE_INPUT.contains(source.extension())) {
                tempInput = copyToTemp(source);
                input = tempInput;
            }
            command.addAll(List.of("-i", input == null ? "pipe:0" : input.toString()));
            command.addAll(List.of("-map", "0:a:0", "-vn", "-map_metadata", "-1"));
            command.addAll(target.format().ffmpegOutput(target.kbps()));
            Process process = run(command);
            if (input == null) {
                feed(source, process);
            } else {
                process.getOutputStream().close();
            }
            Path file = null;
            if (target.cacheable() && cache.enabled()) {
                partial = cache.newPartial();
                file = cache.fileFor(source.audio().sha256(), target.format(), target.kbps());
            }
            return new Transcode(
                    process,
                    slots,
                    cache,
                    partial,
                    file,
                    tempInput,
                    new Transcode.StandardError(process.getErrorStream()),
                    target.format());
        } catch (IOException | RuntimeException ex) {
            slots.release();
            for (Path leftover : new Path[] {tempInput, partial}) {
                if (leftover != null) {
                    Files.deleteIfExists(leftover);
                }
            }
            throw ex;
        }
    }

    private void acquire() {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw unavailable(
                    "Every transcoder is busy; try again shortly, or stream the original (no format or max_bitrate)",
                    true);
        }
    }

    private Process run(List<String> command) {
        try {
            return new ProcessBuilder(command).start();
        } catch (IOException missing) {
            log.warn("Cannot run ffmpeg ('{}'): {}", ffmpeg, missing.getMessage());
            throw unavailable(
                    "Transcoding is not available on this server (ffmpeg cannot be run);"
                            + " stream without format, max_bitrate and time_offset for the original",
                    false);
        }
    }

    /** An S3 object streamed into ffmpeg's standard input by one ranged GET, on the side. */
    private static void feed(AudioSource source, Process process) {
        Thread feeder = new Thread(
                () -> {
                    try (InputStream in = source.open(0, source.size());
                            OutputStream stdin = process.getOutputStream()) {
                        in.transferTo(stdin);
                    } catch (IOException ex) {
                        // ffmpeg was stopped (the client left) or the store failed: ffmpeg ends either way
                        log.debug("Feeding ffmpeg stopped: {}", ex.toString());
                    }
                },
                "transcode-input");
        feeder.setDaemon(true);
        feeder.start();
    }

    private Path copyToTemp(AudioSource source) throws IOException {
        Path temp = Files.createTempFile(cache.dir(), ".input-", "." + source.extension());
        try (InputStream in = source.open(0, source.size())) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException ex) {
            Files.deleteIfExists(temp);
            throw ex;
        }
        return temp;
    }

    private static ErrorResponseException unavailable(String detail, boolean retry) {
        HttpHeaders headers = new HttpHeaders();
        if (retry) {
            headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return new ErrorResponseException(
                HttpStatus.SERVICE_UNAVAILABLE,
                ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail),
                null) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
