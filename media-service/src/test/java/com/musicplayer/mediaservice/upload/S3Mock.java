package com.musicplayer.mediaservice.upload;

import com.musicplayer.platform.test.LiveService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Adobe S3Mock (a real S3 API server) as a process of its own: its executable jar, which the build
 * copies to {@code target/s3mock} (maven-dependency-plugin), run by this JVM's java (it needs 17+)
 * on a free port with one bucket, and Tomcat's access log on — method, path, status, bytes sent
 * and the {@code Range} asked for — so a test can see which requests reached S3 and what they cost.
 */
final class S3Mock implements AutoCloseable {

    static final String BUCKET = "music";
    static final String ACCESS_KEY = "test-access-key";
    static final String SECRET_KEY = "test-secret-key";

    /** One line of the access log. */
    record Request(String method, String path, int status, long bytes, String range) {}

    private final Process process;
    private final Path root;
    private final int port;

    private S3Mock(Process process, Path root, int port) {
        this.process = process;
        this.root = root;
        this.port = port;
    }

    static S3Mock start() {
        String jar = System.getProperty("s3mock.jar", "target/s3mock/s3mock-exec.jar");
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException(jar + " is missing: run the tests through Maven (it copies S3Mock there)");
        }
        int port = LiveService.freePort();
        try {
            Path root = Files.createTempDirectory("s3mock-");
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(
                            java,
                            "-XX:TieredStopAtLevel=1",
                            "-Xss512k",
                            "-jar",
                            jar,
                            "--server.port=0",
                            "--http.port=" + port,
                            "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                            "--com.adobe.testing.s3mock.store.root=" + root.resolve("store"),
                            "--server.tomcat.accesslog.enabled=true",
                            "--server.tomcat.accesslog.buffered=false",
                            "--server.tomcat.accesslog.directory=" + root.resolve("access"),
                            "--server.tomcat.accesslog.pattern=%m %U %s %b [%{Range}i]",
                            "--spring.main.banner-mode=off",
                            "--logging.level.root=WARN")
                    .redirectErrorStream(true)
                    .redirectOutput(root.resolve("s3mock.log").toFile())
                    .start();
            S3Mock mock = new S3Mock(process, root, port);
            mock.awaitUp();
            return mock;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    S3Client client() {
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    /** The keys in the bucket under {@code prefix}. */
    List<String> keys(String prefix) {
        try (S3Client s3 = client()) {
            return s3.listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix(prefix)).contents().stream()
                    .map(o -> o.key())
                    .toList();
        }
    }

    /** Every request S3Mock has answered so far. */
    List<Request> requests() {
        List<Request> requests = new ArrayList<>();
        try (Stream<Path> logs = Files.list(root.resolve("access"))) {
            for (Path log : logs.sorted().toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] parts = line.split(" ", 5);
                    if (parts.length == 5) {
                        String range = parts[4].substring(1, parts[4].length() - 1);
                        requests.add(new Request(
                                parts[0],
                                parts[1],
                                Integer.parseInt(parts[2]),
                                parts[3].equals("-") ? 0 : Long.parseLong(parts[3]),
                                range.equals("-") ? null : range));
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return requests;
    }

    private void awaitUp() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // a loaded 2-core machine may need a minute and more to start it
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock ended at start: " + log());
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(endpoint().resolve("/"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200 && keysReady()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
            sleep();
        }
        close();
        throw new IllegalStateException("S3Mock did not start within 4 minutes: " + log());
    }

    private boolean keysReady() {
        try {
            keys("");
            return true;
        } catch (RuntimeException bucketNotYetThere) {
            return false;
        }
    }

    private String log() {
        try {
            String text = Files.readString(root.resolve("s3mock.log"));
            return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
        } catch (IOException ex) {
            return ex.toString();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
