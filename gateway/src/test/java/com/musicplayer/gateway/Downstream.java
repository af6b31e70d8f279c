package com.musicplayer.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server standing in for one service behind the gateway (JDK's own server: nothing of
 * ours). Every request is answered with what arrived — the service's name, method, raw path and query,
 * the forwarded headers, the body's length and SHA-256 — so a test sees exactly what the gateway sent.
 * {@code GET /songs/1/stream} serves {@link #AUDIO} with single byte ranges, like media-service;
 * {@code /songs/1/download} writes half of it, then waits for {@link #release}.
 */
final class Downstream implements AutoCloseable {

    static final byte[] AUDIO = new byte[8 * 1024 * 1024 + 123];

    static {
        new Random(42).nextBytes(AUDIO);
    }

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

    final String name;
    final CountDownLatch release = new CountDownLatch(1);
    /** Bytes of the request body read so far by {@code POST /uploads/progress}. */
    final AtomicLong received = new AtomicLong();

    private final HttpServer server;

    Downstream(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/songs/1/stream")) {
                stream(exchange);
            } else if (path.equals("/songs/1/download")) {
                slow(exchange);
            } else if (path.equals("/uploads/progress")) {
                countUpload(exchange);
            } else {
                echo(exchange);
            }
        }
    }

    private void echo(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        var request = exchange.getRequestHeaders();
        String text = String.join(
                "\n",
                "service=" + name,
                "method=" + exchange.getRequestMethod(),
                "path=" + exchange.getRequestURI().getRawPath(),
                "query=" + exchange.getRequestURI().getRawQuery(),
                "x-forwarded-host=" + request.getFirst("X-Forwarded-Host"),
                "x-forwarded-proto=" + request.getFirst("X-Forwarded-Proto"),
                "x-forwarded-port=" + request.getFirst("X-Forwarded-Port"),
                "authorization=" + request.getFirst("Authorization"),
                "body-length=" + body.length,
                "body-sha256=" + sha256(body));
        byte[] answer = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.getResponseHeaders().add("Location", "http://" + request.getFirst("X-Forwarded-Host") + "/created/1");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
    }

    private void stream(HttpExchange exchange) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.add("Content-Type", "audio/flac");
        headers.add("Accept-Ranges", "bytes");
        headers.add("ETag", "\"" + sha256(AUDIO) + "\"");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        String range = exchange.getRequestHeaders().getFirst("Range");
        Matcher matcher = range == null ? null : RANGE.matcher(range);
        int from = 0;
        int to = AUDIO.length - 1;
        int status = 200;
        if (matcher != null && matcher.matches()) {
            from = Integer.parseInt(matcher.group(1));
            to = Math.min(Integer.parseInt(matcher.group(2)), AUDIO.length - 1);
            status = 206;
            headers.add("Content-Range", "bytes " + from + "-" + to + "/" + AUDIO.length);
        }
        int length = to - from + 1;
        if (head) {
            headers.add("Content-Length", Integer.toString(length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, length);
        OutputStream out = exchange.getResponseBody();
        out.write(AUDIO, from, length);
    }

    /** Half the bytes, then nothing until the test has seen them arrive through the gateway. */
    private void slow(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, AUDIO.length);
        OutputStream out = exchange.getResponseBody();
        int half = AUDIO.length / 2;
        out.write(AUDIO, 0, half);
        out.flush();
        try {
            if (!release.await(30, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return;
        }
        out.write(AUDIO, half, AUDIO.length - half);
    }

    /** Reads the body as it comes, counting, then answers with the total. */
    private void countUpload(HttpExchange exchange) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.addAndGet(n);
            }
        }
        byte[] answer = ("body-length=" + received.get()).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
