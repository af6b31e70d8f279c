package com.musicplayer.mediaservice.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The npm package tus-js-client, a real tus 1.0 client, run by Node ({@code src/test/node}). On
 * first use it is installed with {@code npm ci} from the committed lock file into
 * {@code target/tus-client} (so the build needs Node ≥ 18 with npm, and the npm registry once).
 */
final class TusClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SOURCE = Path.of("src/test/node");
    private static final Path HOME = Path.of("target/tus-client");

    /** What the client printed: its requests, the server's responses, and how it ended. */
    record Run(List<JsonNode> events) {
        JsonNode last() {
            return events.get(events.size() - 1);
        }

        List<JsonNode> of(String type) {
            return events.stream()
                    .filter(e -> e.get("type").asText().equals(type))
                    .toList();
        }
    }

    private TusClient() {}

    /** @param options endpoint, file, token, filename, chunkSize and optionally stopAfter, uploadUrl */
    static Run upload(ObjectNode options) {
        install();
        try {
            Process node = new ProcessBuilder("node", "tus-upload.mjs", JSON.writeValueAsString(options))
                    .directory(HOME.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!node.waitFor(2, TimeUnit.MINUTES)) {
                node.destroyForcibly();
                throw new IllegalStateException("the tus client did not finish");
            }
            List<JsonNode> events = new ArrayList<>();
            out.lines().filter(line -> line.startsWith("{")).forEach(line -> events.add(JSON.readTree(line)));
            if (events.isEmpty()) {
                throw new IllegalStateException("the tus client printed nothing: " + out);
            }
            return new Run(events);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    static ObjectNode options() {
        return JSON.createObjectNode();
    }

    private static synchronized void install() {
        try {
            Files.createDirectories(HOME);
            for (String file : List.of("package.json", "package-lock.json", "tus-upload.mjs")) {
                Files.copy(SOURCE.resolve(file), HOME.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.isDirectory(HOME.resolve("node_modules/tus-js-client"))) {
                return;
            }
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(HOME.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException(
                        "npm ci of the tus client failed (Node >= 18 and npm are needed): " + output);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("Node and npm are needed for the tus client test", ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
