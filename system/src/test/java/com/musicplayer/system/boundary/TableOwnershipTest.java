package com.musicplayer.system.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One writer per table (DESIGN §1), checked on the sources of every module: each JPA entity maps a
 * table its module owns, and every INSERT, UPDATE, DELETE or MERGE in a string of the main code
 * (SQL or JPQL) targets a table its module owns. Reads may cross modules (a read model says so);
 * writes may not. The migrations ({@code db.migration}) own the schema and may touch everything,
 * and test support ({@code platform.test}, never deployed) writes a test's given rows directly.
 */
class TableOwnershipTest {

    /** The table owners of DESIGN §1, by package. */
    static final Map<String, List<String>> OWNERS = Map.of(
            "com.musicplayer.catalog", List.of("artists", "albums", "album_songs", "songs", "lyrics"),
            "com.musicplayer.media", List.of("media_files", "artwork", "scans", "uploads"),
            "com.musicplayer.library",
                    List.of(
                            "user_likes",
                            "plays",
                            "song_play_counts",
                            "now_playing",
                            "playlists",
                            "playlist_entries",
                            "play_queues"),
            "com.musicplayer.user", List.of("users"),
            "com.musicplayer.auth", List.of("token_families", "refresh_tokens", "api_keys"));

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern ENTITY = Pattern.compile("@Table\\(name = \"(\\w+)\"\\)[^{]*?class (\\w+)");
    private static final Pattern STRING =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern WRITE =
            Pattern.compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+([a-z_][a-z_0-9]*)");

    record Source(Path file, String packageName, String text) {}

    @Test
    void everyModuleWritesOnlyItsOwnTables() {
        List<Source> sources = mainSources();
        Map<String, String> tableOfEntity = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        int entities = 0;
        for (Source source : sources) {
            Matcher entity = ENTITY.matcher(source.text());
            while (entity.find()) {
                entities++;
                tableOfEntity.put(entity.group(2).toLowerCase(Locale.ROOT), entity.group(1));
                check(source, entity.group(1), "maps", wrong);
            }
        }
        int writes = 0;
        for (Source source : sources) {
            Matcher string = STRING.matcher(source.text());
            while (string.find()) {
                String literal = string.group(1) != null ? string.group(1) : string.group(2);
                Matcher write = WRITE.matcher(literal);
                while (write.find()) {
                    String target = write.group(1).toLowerCase(Locale.ROOT);
                    String table = tableOfEntity.getOrDefault(target, target);
                    if (isTable(table)) {
                        writes++;
                        check(source, table, "writes", wrong);
                    }
                }
            }
        }
        System.out.printf(
                "Table ownership: %d source files, %d entities, %d writes checked, %d outside their owner%n",
                sources.size(), entities, writes, wrong.size());
        assertThat(entities).isPositive();
        assertThat(writes).isPositive();
        assertThat(wrong).isEmpty();
    }

    private static boolean isTable(String name) {
        return OWNERS.values().stream().anyMatch(tables -> tables.contains(name));
    }

    private static void check(Source source, String table, String verb, List<String> wrong) {
        if (source.packageName().startsWith("db.migration")
                || source.packageName().startsWith("com.musicplayer.platform.test")) {
            return;
        }
        boolean owned = OWNERS.entrySet().stream()
                .anyMatch(owner -> source.packageName().startsWith(owner.getKey())
                        && owner.getValue().contains(table));
        if (!owned) {
            wrong.add(source.file() + " " + verb + " " + table);
        }
    }

    /** Every module's src/main/java, from the reactor root (the parent of this module's directory). */
    private static List<Source> mainSources() {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.toList()) {
                Path main = module.resolve("src/main/java");
                if (!Files.isDirectory(main)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file :
                            files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        String text = Files.readString(file);
                        Matcher pkg = PACKAGE.matcher(text);
                        sources.add(new Source(root.relativize(file), pkg.find() ? pkg.group(1) : "", text));
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return sources;
    }
}
