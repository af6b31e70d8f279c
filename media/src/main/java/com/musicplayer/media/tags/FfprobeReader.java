package com.musicplayer.media.tags;

import com.musicplayer.media.tags.AudioTags.Picture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What jaudiotagger cannot read (Opus), read by ffprobe from Debian's ffmpeg package; an embedded
 * picture, which ffprobe shows only as an attached-picture stream, is copied out by ffmpeg.
 */
final class FfprobeReader {

    private static final Logger log = LoggerFactory.getLogger(FfprobeReader.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String ffprobe;
    private final String ffmpeg;

    FfprobeReader(String ffprobe, String ffmpeg) {
        this.ffprobe = ffprobe;
        this.ffmpeg = ffmpeg;
    }

    AudioTags read(Path file, AudioFormat format) {
        // "file:" and an absolute path: a name starting with "-" or "proto:" stays a file name
        String input = "file:" + file.toAbsolutePath();
        Processes.Result probe;
        try {
            probe = Processes.run(
                    List.of(ffprobe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams", input),
                    TIMEOUT);
        } catch (Processes.ToolMissing e) {
            throw new UnsupportedAudioException(
                    file,
                    format.container + " files are read with ffprobe, which is not installed (Debian package ffmpeg)",
                    e);
        }
        if (probe.exitCode() != 0) {
            throw new CorruptAudioException(file, "ffprobe cannot read it: " + firstLine(probe.stderr()));
        }
        JsonNode root;
        try {
            root = JSON.readTree(probe.stdout());
        } catch (JacksonException e) {
            throw new CorruptAudioException(file, "ffprobe gave no readable description of it", e);
        }
        JsonNode audio = null;
        JsonNode cover = null;
        for (JsonNode stream : root.path("streams")) {
            boolean attached = stream.path("disposition").path("attached_pic").asInt(0) == 1;
            if (audio == null && "audio".equals(stream.path("codec_type").asString(""))) {
                audio = stream;
            } else if (attached && (cover == null || isFrontCover(stream))) {
                cover = stream;
            }
        }
        JsonNode fileInfo = root.path("format");
        double seconds = fileInfo.path("duration")
                .asDouble(audio == null ? 0 : audio.path("duration").asDouble(0));
        if (audio == null || seconds <= 0) {
            throw new CorruptAudioException(file, "no playable audio in this " + format.container + " file");
        }
        Picture picture = cover == null ? null : picture(file, input, cover);
        Map<String, String> tags = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        addAll(tags, audio.path("tags")); // Ogg keeps its comments on the stream
        addAll(tags, fileInfo.path("tags"));
        RawTags.Audio facts = new RawTags.Audio(
                Math.round(seconds * 1000),
                bitrate(file, seconds, picture),
                positive(audio.path("sample_rate").asInt(0)),
                positive(audio.path("channels").asInt(0)),
                audio.path("codec_name").asString(format.codec));
        return raw(tags, picture).toAudioTags(format, facts);
    }

    /** ffprobe's names: ffmpeg's generic keys (track, album_artist, ...) or the file's own. */
    private static RawTags raw(Map<String, String> t, Picture picture) {
        return new RawTags(
                t.get("title"),
                t.get("artist"),
                first(t, "album_artist", "albumartist", "album artist"),
                t.get("album"),
                first(t, "track", "tracknumber"),
                first(t, "tracktotal", "totaltracks"),
                first(t, "disc", "discnumber"),
                first(t, "disctotal", "totaldiscs"),
                first(t, "date", "year", "originaldate"),
                t.get("genre"),
                t.get("compilation"),
                first(t, "lyrics", "unsyncedlyrics"),
                t,
                List.of(),
                picture);
    }

    private Picture picture(Path file, String input, JsonNode stream) {
        String map = "0:" + stream.path("index").asInt();
        try {
            Processes.Result copy = Processes.run(
                    List.of(
                            ffmpeg,
                            "-nostdin",
                            "-v",
                            "error",
                            "-i",
                            input,
                            "-map",
                            map,
                            "-c",
                            "copy",
                            "-f",
                            "image2pipe",
                            "-"),
                    TIMEOUT);
            if (copy.exitCode() == 0) {
                return Pictures.of(copy.stdout(), null);
            }
            log.debug("No picture from {}: {}", file, copy.stderr());
        } catch (Processes.ToolMissing e) {
            log.debug("No picture from {}: {}", file, e.getMessage());
        }
        return null; // the audio is still readable without its cover
    }

    /** Average bitrate of the audio: the file's bytes (less an embedded picture) over its duration. */
    private static Integer bitrate(Path file, double seconds, Picture picture) {
        try {
            long bytes = Files.size(file) - (picture == null ? 0 : picture.data().length);
            return positive((int) Math.round(bytes * 8 / seconds / 1000));
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isFrontCover(JsonNode stream) {
        return stream.path("tags")
                .path("comment")
                .asString("")
                .toLowerCase(Locale.ROOT)
                .contains("front");
    }

    private static void addAll(Map<String, String> into, JsonNode tags) {
        for (Map.Entry<String, JsonNode> e : tags.properties()) {
            into.putIfAbsent(e.getKey(), e.getValue().asString(""));
        }
    }

    private static String first(Map<String, String> tags, String... keys) {
        for (String key : keys) {
            String value = TagValues.text(tags.get(key));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        String s = text == null ? "" : text.strip();
        int newline = s.indexOf('\n');
        return newline < 0 ? s : s.substring(0, newline);
    }

    private static Integer positive(int n) {
        return n > 0 ? n : null;
    }
}
