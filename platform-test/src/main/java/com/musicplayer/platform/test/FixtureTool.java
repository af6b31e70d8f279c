package com.musicplayer.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the Debian tools fixtures use; a missing tool names the package to install. */
final class FixtureTool {

    private static final Map<String, String> PACKAGES =
            Map.of("ffmpeg", "ffmpeg", "ffprobe", "ffmpeg", "flac", "flac", "metaflac", "flac");

    private FixtureTool() {}

    /**
     * Runs {@code command} (its first element a tool on the PATH) and returns its standard output;
     * fails with the tool's error output, or with the Debian package to install when it is missing.
     */
    static byte[] run(List<String> command) {
        String tool = command.get(0);
        String pkg = PACKAGES.getOrDefault(tool, tool);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Audio tests need `" + tool + "`: install the Debian package " + pkg + " (apt-get install " + pkg
                            + ")",
                    e);
        }
        try {
            process.getOutputStream().close();
            // read error output on the side so a full pipe cannot block the tool
            CompletableFuture<String> errors = drain(process.getErrorStream());
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(tool + " did not finish in 60 s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(tool + " failed (exit " + process.exitValue() + "): "
                        + errors.join().strip() + "\n  command: " + command);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while running " + tool, e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (stream) {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.complete(e.toString());
            }
        });
        reader.setDaemon(true);
        reader.start();
        return text;
    }
}
