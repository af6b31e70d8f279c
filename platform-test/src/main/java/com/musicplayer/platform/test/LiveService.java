package com.musicplayer.platform.test;

import com.musicplayer.platform.MusicPlayerApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real service on a real port, over this run's test database ({@link TestDatabase}), as its
 * main() would start it: for tests that need several services talking over HTTP.
 */
public final class LiveService {

    private LiveService() {}

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * @param args {@code --key=value} arguments; a later one replaces an earlier one with the same key
     */
    public static ConfigurableApplicationContext start(Class<?> application, String name, int port, List<String> args) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (String arg : TestDatabase.arguments()) {
            put(merged, arg);
        }
        put(merged, "--server.port=" + port);
        args.forEach(arg -> put(merged, arg));
        return new SpringApplicationBuilder(application)
                .properties(MusicPlayerApplication.defaults(name, port))
                .run(merged.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    // Spring would join duplicate arguments with commas
    private static void put(Map<String, String> args, String arg) {
        int eq = arg.indexOf('=');
        args.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
}
