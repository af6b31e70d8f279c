package com.musicplayer.media.tags;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a music file's tags and audio facts. The format comes from the file's content (magic
 * bytes), never its name; mp3, flac, ogg vorbis, m4a (AAC/ALAC), wav and aiff are read by
 * jaudiotagger 3.0.1, Opus by ffprobe (Debian's ffmpeg package).
 *
 * <p>One instance serves the whole application and is safe for concurrent use: a scan may read many
 * files in parallel. It holds no state besides the tool names; jaudiotagger is configured once per
 * JVM ({@link Jaudiotagger}).
 */
public final class TagReader {

    private static final Logger log = LoggerFactory.getLogger(TagReader.class);

    private final FfprobeReader ffprobe;

    /** Uses {@code ffprobe} and {@code ffmpeg} from the PATH. */
    public TagReader() {
        this("ffprobe", "ffmpeg");
    }

    /**
     * @param ffprobe the ffprobe command (a name on the PATH or a path), for Opus
     * @param ffmpeg the ffmpeg command, to copy out an Opus file's embedded picture
     */
    public TagReader(String ffprobe, String ffmpeg) {
        Jaudiotagger.configure();
        this.ffprobe = new FfprobeReader(Objects.requireNonNull(ffprobe), Objects.requireNonNull(ffmpeg));
    }

    /**
     * The file's own tags and audio facts, with nothing guessed (see {@link #read(Path, Path)}).
     *
     * @throws UnsupportedAudioException not audio, or a format we do not support (or Opus without
     *     ffprobe installed)
     * @throws CorruptAudioException a supported format that cannot be read
     * @throws java.io.UncheckedIOException the file cannot be opened (missing, no permission)
     */
    public AudioTags read(Path file) {
        AudioFormat format = AudioFormat.detect(file);
        return format.jaudiotaggerExtension == null
                ? ffprobe.read(file, format)
                : JaudiotaggerReader.read(file, format);
    }

    /**
     * What a folder scan imports: {@link #read(Path)}, gaps filled by {@link TagFallbacks} from the
     * file's name and its folders below {@code musicRoot}, and synced lyrics from an {@code .lrc}
     * sidecar ({@link Lrc#sidecarOf}), which wins over embedded ones: someone put it there on purpose.
     *
     * @param musicRoot the music folder being scanned, or null to guess from the file name only
     */
    public AudioTags read(Path file, Path musicRoot) {
        AudioTags tags = TagFallbacks.apply(read(file), file, musicRoot);
        List<LyricLine> sidecar;
        try {
            sidecar = Lrc.readSidecar(file);
        } catch (UncheckedIOException e) {
            // the audio is fine; an unreadable companion file costs only its lyrics
            log.warn(
                    "Cannot read the lyrics sidecar of {}: {}",
                    file,
                    e.getCause().toString());
            sidecar = List.of();
        }
        return sidecar.isEmpty() ? tags : withSyncedLyrics(tags, sidecar);
    }

    private static AudioTags withSyncedLyrics(AudioTags t, List<LyricLine> lines) {
        return new AudioTags(
                t.title(),
                t.artist(),
                t.albumArtist(),
                t.album(),
                t.trackNumber(),
                t.trackTotal(),
                t.discNumber(),
                t.discTotal(),
                t.year(),
                t.genre(),
                t.compilation(),
                t.durationMs(),
                t.bitrate(),
                t.sampleRate(),
                t.channels(),
                t.container(),
                t.codec(),
                t.contentType(),
                t.replayGain(),
                t.lyrics(),
                lines,
                t.picture());
    }
}
