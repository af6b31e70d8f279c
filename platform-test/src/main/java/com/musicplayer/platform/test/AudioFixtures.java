package com.musicplayer.platform.test;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Real audio files with real tags for tests: a sine tone encoded by Debian's {@code ffmpeg}, tagged
 * the way real taggers tag (ID3v2.3 frames, Vorbis comments, iTunes atoms, FLAC picture blocks).
 *
 * <pre>{@code
 * Path song = AudioFixtures.track("Title").artist("Ada").album("Live").albumArtist("Ada")
 *         .track(3).disc(1).year(1999).genre("Jazz").cover(AudioFixtures.jpeg(64, Color.RED))
 *         .seconds(2.5).writeTo(dir.resolve("Ada/Live/03 - Title.flac"));
 * }</pre>
 *
 * The format follows the file's extension ({@link Format#of}) or is given explicitly. Frames ffmpeg
 * cannot write (ID3 {@code USLT}, {@code SYLT}, {@code TCMP}; iTunes {@code ----} ReplayGain atoms;
 * ID3 chunks in WAV and AIFF) are added in Java following their specifications. A missing tool fails
 * with the Debian package to install: tests never skip silently.
 */
public final class AudioFixtures {

    private AudioFixtures() {}

    /** The formats a fixture can be written in. */
    public enum Format {
        MP3("mp3"),
        FLAC("flac"),
        OGG_VORBIS("ogg"),
        OPUS("opus"),
        M4A_AAC("m4a"),
        M4A_ALAC("m4a"),
        WAV("wav"),
        AIFF("aiff");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** By extension: mp3, flac, ogg/oga, opus, m4a (AAC), wav, aif/aiff. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String ext = name.substring(name.lastIndexOf('.') + 1);
            return switch (ext) {
                case "mp3" -> MP3;
                case "flac" -> FLAC;
                case "ogg", "oga" -> OGG_VORBIS;
                case "opus" -> OPUS;
                case "m4a" -> M4A_AAC;
                case "wav" -> WAV;
                case "aif", "aiff" -> AIFF;
                default -> throw new IllegalArgumentException("no audio format for the extension of " + file);
            };
        }
    }

    /** A tagged track; every tag left unset is not written. */
    public static Track track(String title) {
        return new Track().title(title);
    }

    /** A track with no tags at all (only what the encoder must write). */
    public static Track untagged() {
        return new Track();
    }

    /** A square JPEG (a diagonal gradient from {@code color} with a light disc), for cover art. */
    public static byte[] jpeg(int size, Color color) {
        return image(size, color, "jpg", BufferedImage.TYPE_INT_RGB);
    }

    /** A square PNG like {@link #jpeg}. */
    public static byte[] png(int size, Color color) {
        return image(size, color, "png", BufferedImage.TYPE_INT_ARGB);
    }

    private static byte[] image(int size, Color color, String format, int type) {
        BufferedImage image = new BufferedImage(size, size, type);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, color, size, size, color.darker().darker()));
            g.fillRect(0, 0, size, size);
            g.setColor(new Color(255, 255, 255, 160));
            g.fillOval(size / 4, size / 4, size / 2, size / 2);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** ReplayGain values as taggers write them ({@code -6.50 dB}, {@code 0.988553}); null = not written. */
    public record ReplayGain(Double trackGain, Double trackPeak, Double albumGain, Double albumPeak) {}

    /** One line of ID3 SYLT synced lyrics (mp3 only). */
    public record SyncedLine(long startMs, String text) {}

    /** Builder of one fixture file. */
    public static final class Track {
        String title;
        String artist;
        String album;
        String albumArtist;
        Integer track;
        Integer trackTotal;
        Integer disc;
        Integer discTotal;
        Integer year;
        String genre;
        boolean compilation;
        ReplayGain replayGain;
        String lyrics;
        final List<SyncedLine> syncedLyrics = new ArrayList<>();
        byte[] cover;
        double seconds = 2.0;
        int frequency = 440;
        int channels = 1;
        int sampleRate = 44_100;

        private Track() {}

        public Track title(String title) {
            this.title = title;
            return this;
        }

        public Track artist(String artist) {
            this.artist = artist;
            return this;
        }

        public Track album(String album) {
            this.album = album;
            return this;
        }

        public Track albumArtist(String albumArtist) {
            this.albumArtist = albumArtist;
            return this;
        }

        public Track track(int track) {
            this.track = track;
            return this;
        }

        /** Track number and total ({@code 3/12}). */
        public Track track(int track, int total) {
            this.track = track;
            this.trackTotal = total;
            return this;
        }

        public Track disc(int disc) {
            this.disc = disc;
            return this;
        }

        /** Disc number and total ({@code 1/2}). */
        public Track disc(int disc, int total) {
            this.disc = disc;
            this.discTotal = total;
            return this;
        }

        public Track year(int year) {
            this.year = year;
            return this;
        }

        public Track genre(String genre) {
            this.genre = genre;
            return this;
        }

        /** The compilation flag (ID3 TCMP, iTunes cpil, Vorbis COMPILATION=1). */
        public Track compilation() {
            this.compilation = true;
            return this;
        }

        public Track replayGain(Double trackGain, Double trackPeak, Double albumGain, Double albumPeak) {
            this.replayGain = new ReplayGain(trackGain, trackPeak, albumGain, albumPeak);
            return this;
        }

        /** Embedded unsynchronised lyrics (ID3 USLT, Vorbis LYRICS, iTunes ©lyr). */
        public Track lyrics(String lyrics) {
            this.lyrics = lyrics;
            return this;
        }

        /** A line of embedded ID3 SYLT synced lyrics, in milliseconds; mp3, wav and aiff only. */
        public Track syncedLyric(long startMs, String text) {
            this.syncedLyrics.add(new SyncedLine(startMs, text));
            return this;
        }

        /** Embedded front cover (JPEG or PNG bytes). */
        public Track cover(byte[] image) {
            this.cover = image;
            return this;
        }

        /** Length of the tone (default 2 s). */
        public Track seconds(double seconds) {
            this.seconds = seconds;
            return this;
        }

        /** Pitch of the tone in Hz (default 440). */
        public Track frequency(int hz) {
            this.frequency = hz;
            return this;
        }

        /** 1 (default) or 2. */
        public Track channels(int channels) {
            this.channels = channels;
            return this;
        }

        /** Default 44100 (opus always decodes at 48000). */
        public Track sampleRate(int sampleRate) {
            this.sampleRate = sampleRate;
            return this;
        }

        /** Writes the file (creating its folders) in the format of its extension; returns it. */
        public Path writeTo(Path file) {
            return writeTo(file, Format.of(file));
        }

        public Path writeTo(Path file, Format format) {
            Objects.requireNonNull(file, "file");
            new AudioFixtureWriter(this, format).write(file);
            return file;
        }
    }
}
