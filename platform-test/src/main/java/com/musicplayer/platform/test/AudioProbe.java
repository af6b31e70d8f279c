package com.musicplayer.platform.test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What independent tools say about an audio file, as the oracle for tests of our own reading:
 * ffprobe for facts, {@code flac -t} and an ffmpeg decode for "it plays". Missing tools fail with
 * the Debian package to install (ffmpeg, flac).
 */
public final class AudioProbe {

    private AudioProbe() {}

    /** The duration ffprobe gives the file, in milliseconds. */
    public static long durationMs(Path file) {
        String seconds = probe(file, "format=duration").get("duration");
        return Math.round(Double.parseDouble(seconds) * 1000);
    }

    /** ffprobe's codec_name, sample_rate, channels and bit_rate (if known) of the first audio stream. */
    public static Map<String, String> audioStream(Path file) {
        return probe(file, "stream=codec_name,sample_rate,channels,bit_rate", "-select_streams", "a:0");
    }

    /**
     * The tags ffprobe reads from the file and its first audio stream (where Ogg keeps them), by
     * ffmpeg's names (title, album_artist, track, REPLAYGAIN_TRACK_GAIN, lyrics-eng, ...), any case.
     */
    public static Map<String, String> tags(Path file) {
        Map<String, String> tags = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        probe(file, "format_tags:stream_tags", "-select_streams", "a:0")
                .forEach((k, v) -> tags.putIfAbsent(k.replaceFirst("^TAG:", ""), v));
        return tags;
    }

    /** Whether ffprobe finds an attached picture (embedded cover) in the file. */
    public static boolean hasCover(Path file) {
        String out = new String(
                FixtureTool.run(List.of(
                        "ffprobe",
                        "-v",
                        "error",
                        "-show_entries",
                        "stream_disposition=attached_pic",
                        "-of",
                        "csv=p=0",
                        "file:" + file.toAbsolutePath())),
                StandardCharsets.UTF_8);
        return out.lines().anyMatch(line -> line.strip().startsWith("1"));
    }

    /**
     * Fails unless every frame of the file decodes without an error: {@code flac -t} (which also
     * checks the MD5 of the audio) for FLAC, ffmpeg with {@code -xerror} for the rest.
     */
    public static void assertDecodes(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".flac")) {
            FixtureTool.run(List.of("flac", "--test", "--silent", "--warnings-as-errors", file.toString()));
        } else {
            FixtureTool.run(List.of(
                    "ffmpeg",
                    "-nostdin",
                    "-v",
                    "error",
                    "-xerror",
                    "-i",
                    "file:" + file.toAbsolutePath(),
                    "-f",
                    "null",
                    "-"));
        }
    }

    private static Map<String, String> probe(Path file, String entries, String... more) {
        List<String> cmd = new ArrayList<>(List.of("ffprobe", "-v", "error"));
        cmd.addAll(List.of(more));
        cmd.addAll(List.of(
                "-show_entries", entries, "-of", "default=noprint_wrappers=1", "file:" + file.toAbsolutePath()));
        String out = new String(FixtureTool.run(cmd), StandardCharsets.UTF_8);
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.substring(eq + 1).isBlank() && !line.endsWith("=N/A")) {
                values.putIfAbsent(line.substring(0, eq), line.substring(eq + 1).strip());
            }
        }
        return values;
    }
}
