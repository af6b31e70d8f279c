package com.musicplayer.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway (port 8080) for {@code make run}: its own executable jar in a JVM of its own, started
 * with the services and stopped with them. Not a context in this JVM like the services: the gateway's
 * libraries would change every service here (Spring Cloud Gateway's environment post-processors turn
 * multipart parsing off for every application on the class path, which would break uploads), and the
 * platform's auto-configurations (database, token checks) would land in the gateway. Separate JVMs
 * keep both as they are deployed.
 */
final class GatewayProcess {

    private static final Logger log = LoggerFactory.getLogger(GatewayProcess.class);

    /** Service name and the launcher's default port, for the gateway's base URLs. */
    private static final Map<String, Integer> ROUTED = Map.of(
            "auth", 8000, "album", 8001, "song", 8002, "user", 8003, "media", 8004, "playlist", 8005, "subsonic", 4533);

    private final Process process;
    final int port;

    private GatewayProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static int port() {
        String value = System.getenv("MUSICPLAYER_GATEWAY_PORT");
        return value == null || value.isBlank() ? 8080 : Integer.parseInt(value.trim());
    }

    /**
     * Starts the gateway's jar ({@code MUSICPLAYER_GATEWAY_JAR}, or the build's
     * {@code gateway/target/gateway-*-exec.jar} under the working directory); null when there is none.
     */
    static GatewayProcess start(String dataDir) throws IOException {
        Path jar = jar();
        if (jar == null) {
            log.warn("No gateway jar (gateway/target/gateway-*-exec.jar): run `make build`; starting without it");
            return null;
        }
        int port = port();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx256m"));
        command.addAll(List.of("-jar", jar.toString()));
        command.add("--server.port=" + port);
        command.add("--spring.main.banner-mode=off");
        command.add("--logging.file.name=" + Path.of(dataDir, "logs", "gateway.log"));
        for (Map.Entry<String, Integer> service : ROUTED.entrySet()) {
            String name = service.getKey().toUpperCase(Locale.ROOT);
            // the ports this launcher gives the services, unless the gateway is pointed elsewhere
            if (System.getenv("MUSICPLAYER_GATEWAY_" + name + "_URL") == null) {
                String portVariable = System.getenv("MUSICPLAYER_" + name + "_PORT");
                int servicePort = portVariable == null || portVariable.isBlank()
                        ? service.getValue()
                        : Integer.parseInt(portVariable.trim());
                command.add("--musicplayer.gateway." + service.getKey() + "-url=http://localhost:" + servicePort);
            }
        }
        Process process = new ProcessBuilder(command).inheritIO().start();
        GatewayProcess gateway = new GatewayProcess(process, port);
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::stop, "gateway-stop"));
        return gateway;
    }

    private static Path jar() throws IOException {
        String configured = System.getenv("MUSICPLAYER_GATEWAY_JAR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        Path target = Path.of("gateway", "target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "gateway-*-exec.jar")) {
            for (Path jar : jars) {
                return jar.toAbsolutePath();
            }
        }
        return null;
    }

    /** Waits (at most a minute) until the gateway answers its health check; false if it never did. */
    boolean awaitHealthy() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException ex) {
                // not listening yet
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM: a graceful shutdown, as for the services
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException ex) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
