package com.musicplayer.media.tags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LRC synced lyrics: {@code [mm:ss.xx]text} lines, as sidecar files ({@code Song.lrc} beside
 * {@code Song.flac}) or embedded as a track's lyrics.
 *
 * <p>Accepted: several timestamps on one line ({@code [00:12.00][00:45.00]chorus}); {@code [mm:ss]},
 * {@code [mm:ss.x]}, {@code [mm:ss.xx]}, {@code [mm:ss.xxx]} and {@code [mm:ss:xx]}; minutes past 59;
 * {@code [offset:+/-ms]} (positive shows lines sooner, as the format defines); enhanced-LRC word
 * times ({@code <00:12.50>}) are dropped from the text. Metadata tags ({@code [ar:]}, {@code [ti:]},
 * ...) and lines without a time are ignored. A line with only a time keeps an empty text: it ends the
 * previous line.
 */
public final class Lrc {

    private static final Pattern TIME = Pattern.compile("\\[(\\d{1,4}):(\\d{1,2})(?:[.:](\\d{1,3}))?]");
    private static final Pattern LEADING_TIMES =
            Pattern.compile("^\\s*((?:\\[\\d{1,4}:\\d{1,2}(?:[.:]\\d{1,3})?]\\s*)+)(.*)$");
    private static final Pattern OFFSET =
            Pattern.compile("^\\s*\\[offset:\\s*([-+]?\\d{1,7})\\s*]", Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("^\\s*\\[[a-zA-Z#]+:.*]\\s*$");
    private static final long MAX_SIDECAR_BYTES = 1 << 20;
    private static final Pattern WORD_TIME = Pattern.compile("<\\d{1,4}:\\d{1,2}(?:[.:]\\d{1,3})?>");

    private Lrc() {}

    /** The timed lines of LRC text, sorted by start (lines with equal times keep their order). */
    public static List<LyricLine> parse(String text) {
        if (text == null) {
            return List.of();
        }
        long offset = 0;
        List<long[]> times = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String line : text.split("\\r\\n|\\r|\\n")) {
            Matcher offsetTag = OFFSET.matcher(line);
            if (offsetTag.find()) {
                offset = Long.parseLong(offsetTag.group(1));
                continue;
            }
            Matcher m = LEADING_TIMES.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String words = WORD_TIME.matcher(m.group(2)).replaceAll("").strip();
            Matcher time = TIME.matcher(m.group(1));
            while (time.find()) {
                times.add(new long[] {millis(time), texts.size()});
                texts.add(words);
            }
        }
        long shift = offset;
        List<LyricLine> lines = new ArrayList<>(times.size());
        times.stream()
                .sorted(Comparator.<long[]>comparingLong(t -> t[0]).thenComparingLong(t -> t[1]))
                .forEach(t -> lines.add(new LyricLine(Math.max(0, t[0] - shift), texts.get((int) t[1]))));
        return List.copyOf(lines);
    }

    /** Whether lyrics text is LRC: most of its non-blank, non-metadata lines start with a time. */
    static boolean isLrc(String text) {
        int timed = 0;
        int other = 0;
        for (String line : text.split("\\r\\n|\\r|\\n")) {
            if (line.isBlank()
                    || (META.matcher(line).matches()
                            && !LEADING_TIMES.matcher(line).matches())) {
                continue;
            }
            if (LEADING_TIMES.matcher(line).matches()) {
                timed++;
            } else {
                other++;
            }
        }
        return timed > 0 && timed >= other;
    }

    /** LRC text as plain lyrics: the words of each line in file order, times and metadata dropped. */
    static String plainText(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\r\\n|\\r|\\n")) {
            Matcher m = LEADING_TIMES.matcher(line);
            if (m.matches()) {
                out.append(WORD_TIME.matcher(m.group(2)).replaceAll("").strip()).append('\n');
            } else if (!META.matcher(line).matches()) {
                out.append(line.strip()).append('\n');
            }
        }
        return out.toString().strip();
    }

    /** The sidecar of an audio file: {@code <same base name>.lrc} (or .LRC) in its folder. */
    public static Optional<Path> sidecarOf(Path audioFile) {
        Path dir = audioFile.toAbsolutePath().getParent();
        String name = audioFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        for (String ext : new String[] {".lrc", ".LRC", ".Lrc"}) {
            Path candidate = dir.resolve(base + ext);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The synced lyrics of an audio file's sidecar, or an empty list when it has none (or one over 1 MiB). */
    public static List<LyricLine> readSidecar(Path audioFile) {
        Optional<Path> sidecar = sidecarOf(audioFile);
        if (sidecar.isEmpty()) {
            return List.of();
        }
        try {
            if (Files.size(sidecar.get()) > MAX_SIDECAR_BYTES) {
                return List.of(); // not lyrics, whatever its name says
            }
            return parse(decode(Files.readAllBytes(sidecar.get())));
        } catch (NoSuchFileException e) {
            return List.of(); // removed between the look and the read
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252 (older LRC files from Windows tools). */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static long millis(Matcher time) {
        long minutes = Long.parseLong(time.group(1));
        long seconds = Long.parseLong(time.group(2));
        String fraction = time.group(3);
        long ms = 0;
        if (fraction != null) {
            ms = switch (fraction.length()) {
                case 1 -> Long.parseLong(fraction) * 100;
                case 2 -> Long.parseLong(fraction) * 10;
                default -> Long.parseLong(fraction);
            };
        }
        return (minutes * 60 + seconds) * 1000 + ms;
    }
}
