package com.musicplayer.system;

import com.musicplayer.album.AlbumServiceApplication;
import com.musicplayer.auth.AuthServiceApplication;
import com.musicplayer.media.scan.ScanStatus;
import com.musicplayer.media.scan.Scanner;
import com.musicplayer.mediaservice.MediaServiceApplication;
import com.musicplayer.platform.MusicPlayerApplication;
import com.musicplayer.playlist.PlaylistServiceApplication;
import com.musicplayer.song.SongServiceApplication;
import com.musicplayer.subsonic.SubsonicServiceApplication;
import com.musicplayer.user.UserServiceApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the whole system for development ({@code make run}): the four services, each in its own
 * application context and on its own port, in one JVM so that they share class loading and start
 * fast. Each service is still its own deployable jar; this launcher only saves a newcomer from
 * juggling four terminals. Ctrl-C closes all four.
 */
public final class SystemLauncher {

    private static final Logger log = LoggerFactory.getLogger(SystemLauncher.class);

    record Service(Class<?> application, String name, int defaultPort) {
        int port() {
            String key = "MUSICPLAYER_" + name.replace("-service", "").toUpperCase(Locale.ROOT) + "_PORT";
            String value = System.getenv(key);
            return value == null || value.isBlank() ? defaultPort : Integer.parseInt(value.trim());
        }
    }

    // user-service first: it migrates the schema and creates the bootstrap admin
    static final List<Service> SERVICES = List.of(
            new Service(UserServiceApplication.class, UserServiceApplication.NAME, UserServiceApplication.PORT),
            new Service(AuthServiceApplication.class, AuthServiceApplication.NAME, AuthServiceApplication.PORT),
            new Service(AlbumServiceApplication.class, AlbumServiceApplication.NAME, AlbumServiceApplication.PORT),
            new Service(SongServiceApplication.class, SongServiceApplication.NAME, SongServiceApplication.PORT),
            new Service(MediaServiceApplication.class, MediaServiceApplication.NAME, MediaServiceApplication.PORT),
            new Service(
                    PlaylistServiceApplication.class, PlaylistServiceApplication.NAME, PlaylistServiceApplication.PORT),
            new Service(
                    SubsonicServiceApplication.class,
                    SubsonicServiceApplication.NAME,
                    SubsonicServiceApplication.PORT));

    private SystemLauncher() {}

    public static void main(String[] args) throws java.io.IOException {
        long started = System.nanoTime();
        boolean demo = !"false".equalsIgnoreCase(System.getenv().getOrDefault("MUSICPLAYER_DEMO", "true"));
        List<String> all = new ArrayList<>(List.of(args));
        if (demo) {
            // with no MUSICPLAYER_MUSIC_DIRS: a generated demo library, scanned at start
            all.add("--musicplayer.media.demo=true");
        }
        boolean training = "true".equalsIgnoreCase(System.getenv("MUSICPLAYER_EXIT_AFTER_START"));
        // its own JVM, starting beside the services (see GatewayProcess); not in a training run
        GatewayProcess gateway = training ? null : GatewayProcess.start(dataDir(args));
        List<ConfigurableApplicationContext> contexts = start(all.toArray(String[]::new));
        writePidFile(contexts.get(0).getEnvironment().getProperty("musicplayer.data-dir", "data"));
        String library =
                waitForScan(contextOf(MediaServiceApplication.class, contexts).getBean(Scanner.class));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        StringBuilder summary = new StringBuilder("\n\nMusicPlayer is up in ")
                .append(String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0))
                .append(" (")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(Runtime.version())
                .append(")\n");
        summary.append(gatewayLine(gateway));
        for (Service service : SERVICES) {
            summary.append(line(service.name(), "http://localhost:" + service.port() + "/docs"));
        }
        summary.append(library);
        summary.append(adminLine(contexts.get(0)));
        summary.append("  Stop with Ctrl-C (or `make stop`).\n");
        log.info(summary.toString());
        if (training) {
            // a training run (class-data sharing archive): start everything once, then leave
            for (int i = contexts.size() - 1; i >= 0; i--) {
                contexts.get(i).close();
            }
        }
    }

    private static String gatewayLine(GatewayProcess gateway) {
        if (gateway == null) {
            return "  (no gateway: its jar is not built)\n";
        }
        String url = "http://localhost:" + gateway.port;
        return gateway.awaitHealthy()
                ? line("player", url + "   <- open this: the web player and every API on one origin")
                : line("gateway", url + " did not become healthy: see data/logs/gateway.log");
    }

    /** A line of the start-up summary: the label in a column wide enough for every service's name. */
    private static String line(String label, String text) {
        return String.format(Locale.ROOT, "  %-16s %s%n", label, text);
    }

    /** The data directory as the services will see it: --musicplayer.data-dir, MUSICPLAYER_DATA_DIR, ./data. */
    private static String dataDir(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--musicplayer.data-dir=")) {
                return arg.substring("--musicplayer.data-dir=".length());
            }
        }
        String env = System.getenv("MUSICPLAYER_DATA_DIR");
        return env == null || env.isBlank() ? "data" : env;
    }

    /**
     * A scan started with the system (the demo library's, or MUSICPLAYER_MEDIA_SCAN_ON_START): waits
     * for it (at most a minute; a big library goes on scanning in the background), so that the
     * system is "up" with its music in.
     */
    private static String waitForScan(Scanner scanner) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        ScanStatus status = scanner.current();
        while (ScanStatus.RUNNING.equals(status.state()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
            status = scanner.current();
        }
        return line(
                "library",
                String.format(
                        Locale.ROOT,
                        "%s: %,d files, %,d imported, %,d failed",
                        status.state(),
                        status.filesSeen(),
                        status.imported(),
                        status.failed()));
    }

    private static ConfigurableApplicationContext contextOf(
            Class<?> application, List<ConfigurableApplicationContext> contexts) {
        for (int i = 0; i < SERVICES.size(); i++) {
            if (SERVICES.get(i).application() == application) {
                return contexts.get(i);
            }
        }
        throw new IllegalArgumentException(application + " is not one of the services");
    }

    private static String adminLine(ConfigurableApplicationContext users) {
        String email = users.getEnvironment().getProperty("musicplayer.admin.email", "admin@musicplayer.local");
        java.nio.file.Path file = java.nio.file.Path.of(
                users.getEnvironment().getProperty("musicplayer.data-dir", "data"), "admin-password.txt");
        String password = java.nio.file.Files.exists(file)
                ? "generated password in " + file.toAbsolutePath().normalize()
                : "password from MUSICPLAYER_ADMIN_PASSWORD";
        return line("admin", email + " (" + password + ")");
    }

    /** For `make stop`: the pid of this JVM, removed again when it exits. */
    private static void writePidFile(String dataDir) throws java.io.IOException {
        java.nio.file.Path pidFile = java.nio.file.Path.of(dataDir, "musicplayer.pid");
        java.nio.file.Files.createDirectories(pidFile.getParent());
        java.nio.file.Files.writeString(pidFile, ProcessHandle.current().pid() + System.lineSeparator());
        pidFile.toFile().deleteOnExit();
    }

    /**
     * user-service first (it migrates the schema and creates the admin), then the other three at
     * once: they only validate the schema, and on two cores starting them side by side saves seconds.
     */
    static List<ConfigurableApplicationContext> start(String... args) {
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        contexts.add(start(SERVICES.get(0), true, args));
        ExecutorService starter = Executors.newFixedThreadPool(SERVICES.size() - 1);
        try {
            List<Future<ConfigurableApplicationContext>> rest = new ArrayList<>();
            for (Service service : SERVICES.subList(1, SERVICES.size())) {
                rest.add(starter.submit(() -> start(service, false, args)));
            }
            for (Future<ConfigurableApplicationContext> future : rest) {
                contexts.add(future.get());
            }
            return contexts;
        } catch (InterruptedException | ExecutionException ex) {
            contexts.forEach(ConfigurableApplicationContext::close);
            Throwable cause = ex instanceof ExecutionException ? ex.getCause() : ex;
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        } finally {
            starter.shutdown();
        }
    }

    private static ConfigurableApplicationContext start(Service service, boolean banner, String... args) {
        SpringApplication app = new SpringApplication(service.application());
        app.setDefaultProperties(new HashMap<>(MusicPlayerApplication.defaults(service.name(), service.port())));
        app.setBannerMode(banner ? Banner.Mode.CONSOLE : Banner.Mode.OFF);
        List<String> serviceArgs = new ArrayList<>(List.of(args));
        if (service.application() == SubsonicServiceApplication.class) {
            // media-service generates and scans the demo library, or scans on start; subsonic-service
            // (the media module too) must not do it a second time at once. Its startScan scans the same
            // folders.
            serviceArgs.add("--musicplayer.media.scan-on-start=false");
            if (serviceArgs.remove("--musicplayer.media.demo=true")
                    && System.getenv()
                            .getOrDefault("MUSICPLAYER_MUSIC_DIRS", "")
                            .isBlank()) {
                serviceArgs.add("--musicplayer.media.music-dirs=${musicplayer.data-dir}/demo-library");
            }
        }
        // SERVER_PORT in the environment would put all four on one port: each gets its own here
        serviceArgs.add("--server.port=" + service.port());
        // one JVM has one logging system, set up by the first service: its name would label every
        // service's lines ("[user-service]" on the scanner's). No label; thread names (nio-8004-…)
        // and logger names tell the services apart.
        serviceArgs.add("--logging.include-application-name=false");
        return app.run(serviceArgs.toArray(String[]::new));
    }
}
