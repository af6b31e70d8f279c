package com.musicplayer.media.tags;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs an external tool (ffprobe, ffmpeg) to completion. */
final class Processes {

    /** What a finished tool left: exit code, standard output, the start of its error output. */
    record Result(int exitCode, byte[] stdout, String stderr) {}

    /** The tool is not installed (or cannot be executed). */
    static final class ToolMissing extends Exception {
        ToolMissing(String tool, IOException cause) {
            super(tool + " cannot be started: " + cause.getMessage(), cause);
        }
    }

    private static final int MAX_STDERR = 4096;

    private Processes() {}

    /**
     * Runs {@code command} with no input; stops it after {@code timeout} (then the exit code is -1).
     */
    static Result run(List<String> command, Duration timeout) throws ToolMissing {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new ToolMissing(command.get(0), e);
        }
        try {
            process.getOutputStream().close();
            // error output is read on the side, so a tool that writes much of it cannot block on a full pipe
            CompletableFuture<String> stderr = drain(process.getErrorStream());
            byte[] stdout = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(-1, stdout, "timed out after " + timeout.toSeconds() + " s");
            }
            return new Result(process.exitValue(), stdout, stderr.join());
        } catch (IOException e) {
            process.destroyForcibly();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (stream) {
                        byte[] head = stream.readNBytes(MAX_STDERR);
                        stream.transferTo(OutputStream.nullOutputStream());
                        text.complete(new String(head, StandardCharsets.UTF_8).strip());
                    } catch (IOException e) {
                        text.complete(e.toString());
                    }
                },
                "process-stderr");
        reader.setDaemon(true);
        reader.start();
        return text;
    }
}
