package com.musicplayer.platform.test;

import com.musicplayer.platform.test.AudioFixtures.Format;
import com.musicplayer.platform.test.AudioFixtures.Track;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Writes one {@link Track}: ffmpeg encodes a sine tone and writes the tags it can (read from an
 * ffmetadata file, so any text survives the command line), Java adds the rest.
 */
final class AudioFixtureWriter {

    private final Track t;
    private final Format format;

    AudioFixtureWriter(Track track, Format format) {
        this.t = track;
        this.format = format;
        if (!t.syncedLyrics.isEmpty() && !(format == Format.MP3 || format == Format.WAV || format == Format.AIFF)) {
            throw new IllegalArgumentException("SYLT synced lyrics are an ID3 frame: mp3, wav or aiff only");
        }
    }

    void write(Path target) {
        Path work = null;
        try {
            work = Files.createTempDirectory("audio-fixture");
            Path out = work.resolve("out." + format.extension);
            switch (format) {
                case MP3 -> {
                    encode(work, out, id3Keys(), cover(work), "-c:a", "libmp3lame", "-q:a", "5", "-id3v2_version", "3");
                    Files.write(out, Id3Tags.insertFrames(Files.readAllBytes(out), id3ExtraFrames()));
                }
                case FLAC -> encode(work, out, vorbisKeys(false), cover(work), "-c:a", "flac");
                case OGG_VORBIS -> encode(work, out, vorbisKeys(true), null, "-c:a", "libvorbis", "-q:a", "3");
                case OPUS -> encode(work, out, vorbisKeys(true), null, "-c:a", "libopus", "-b:a", "64k");
                case M4A_AAC, M4A_ALAC -> {
                    String codec = format == Format.M4A_AAC ? "aac" : "alac";
                    encode(work, out, mp4Keys(), cover(work), "-c:a", codec);
                    Map<String, String> freeform = replayGainKeys(k -> k.toLowerCase(Locale.ROOT));
                    if (!freeform.isEmpty()) {
                        Files.write(out, Mp4Atoms.addITunesFreeform(Files.readAllBytes(out), freeform));
                    }
                }
                case WAV, AIFF -> {
                    // PCM from ffmpeg (WAV also gets ffmpeg's LIST/INFO tags), plus the ID3 chunk real
                    // taggers add: an ID3v2.3 tag written by ffmpeg's mp3 muxer, completed in Java.
                    boolean wav = format == Format.WAV;
                    encode(work, out, wav ? id3Keys() : Map.of(), null, "-c:a", wav ? "pcm_s16le" : "pcm_s16be");
                    if (hasId3Content()) {
                        Path tagSource = work.resolve("tag.mp3");
                        encode(work, tagSource, id3Keys(), cover(work), "-c:a", "libmp3lame", "-id3v2_version", "3");
                        byte[] tag =
                                Id3Tags.tagOf(Id3Tags.insertFrames(Files.readAllBytes(tagSource), id3ExtraFrames()));
                        Files.write(out, Id3Tags.appendChunk(Files.readAllBytes(out), wav ? "id3 " : "ID3 ", tag, wav));
                    }
                }
                default -> throw new IllegalStateException(format.name());
            }
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.move(out, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteRecursively(work);
        }
    }

    /** ffmpeg: a sine tone, the tags of {@code keys}, the cover as an attached picture if given. */
    private void encode(Path work, Path out, Map<String, String> keys, Path cover, String... codec) throws IOException {
        Path meta = work.resolve("meta-" + out.getFileName() + ".txt");
        Files.writeString(meta, ffmetadata(keys), StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y"));
        cmd.addAll(List.of(
                "-f",
                "lavfi",
                "-i",
                String.format(
                        Locale.ROOT,
                        "sine=frequency=%d:sample_rate=%d:duration=%s",
                        t.frequency,
                        t.sampleRate,
                        Double.toString(t.seconds))));
        int metaInput = 1;
        if (cover != null) {
            cmd.addAll(List.of("-i", cover.toString()));
            metaInput = 2;
        }
        cmd.addAll(List.of("-f", "ffmetadata", "-i", meta.toString(), "-map", "0:a"));
        if (cover != null) {
            cmd.addAll(List.of("-map", "1:v", "-c:v", "copy", "-disposition:v", "attached_pic"));
        }
        cmd.addAll(List.of("-map_metadata", Integer.toString(metaInput), "-ac", Integer.toString(t.channels)));
        cmd.addAll(List.of(codec));
        cmd.addAll(List.of("-fflags", "+bitexact", "-flags:a", "+bitexact", out.toString()));
        FixtureTool.run(cmd);
    }

    private Path cover(Path work) throws IOException {
        if (t.cover == null) {
            return null;
        }
        Path file = work.resolve(isPng(t.cover) ? "cover.png" : "cover.jpg");
        Files.write(file, t.cover);
        return file;
    }

    /** ffmpeg's generic keys, which its ID3v2.3 and WAV INFO writers map to TIT2/TPE2/TPOS/... */
    private Map<String, String> id3Keys() {
        Map<String, String> keys = common("title", "artist", "album", "album_artist", "genre", "date");
        putPair(keys, "track", t.track, t.trackTotal);
        putPair(keys, "disc", t.disc, t.discTotal);
        keys.putAll(replayGainKeys(k -> k)); // TXXX frames
        return keys;
    }

    /** Vorbis comments as foobar2000 and the reference tools write them. */
    private Map<String, String> vorbisKeys(boolean pictureAsComment) {
        Map<String, String> keys = common("TITLE", "ARTIST", "ALBUM", "ALBUMARTIST", "GENRE", "DATE");
        putIfSet(keys, "TRACKNUMBER", t.track);
        putIfSet(keys, "TRACKTOTAL", t.trackTotal);
        putIfSet(keys, "DISCNUMBER", t.disc);
        putIfSet(keys, "DISCTOTAL", t.discTotal);
        if (t.compilation) {
            keys.put("COMPILATION", "1");
        }
        keys.putAll(replayGainKeys(k -> k));
        putIfSet(keys, "LYRICS", t.lyrics);
        if (pictureAsComment && t.cover != null) {
            keys.put("METADATA_BLOCK_PICTURE", Base64.getEncoder().encodeToString(flacPictureBlock(t.cover)));
        }
        return keys;
    }

    private Map<String, String> mp4Keys() {
        Map<String, String> keys = common("title", "artist", "album", "album_artist", "genre", "date");
        putPair(keys, "track", t.track, t.trackTotal);
        putPair(keys, "disc", t.disc, t.discTotal);
        if (t.compilation) {
            keys.put("compilation", "1");
        }
        putIfSet(keys, "lyrics", t.lyrics);
        return keys;
    }

    private Map<String, String> common(
            String title, String artist, String album, String albumArtist, String genre, String date) {
        Map<String, String> keys = new LinkedHashMap<>();
        putIfSet(keys, title, t.title);
        putIfSet(keys, artist, t.artist);
        putIfSet(keys, album, t.album);
        putIfSet(keys, albumArtist, t.albumArtist);
        putIfSet(keys, genre, t.genre);
        putIfSet(keys, date, t.year);
        return keys;
    }

    private Map<String, String> replayGainKeys(UnaryOperator<String> name) {
        Map<String, String> keys = new LinkedHashMap<>();
        AudioFixtures.ReplayGain rg = t.replayGain;
        if (rg != null) {
            putIfSet(keys, name.apply("REPLAYGAIN_TRACK_GAIN"), gain(rg.trackGain()));
            putIfSet(keys, name.apply("REPLAYGAIN_TRACK_PEAK"), peak(rg.trackPeak()));
            putIfSet(keys, name.apply("REPLAYGAIN_ALBUM_GAIN"), gain(rg.albumGain()));
            putIfSet(keys, name.apply("REPLAYGAIN_ALBUM_PEAK"), peak(rg.albumPeak()));
        }
        return keys;
    }

    /** The ID3 frames ffmpeg cannot write: TCMP (it writes TXXX:compilation), USLT, SYLT. */
    private List<byte[]> id3ExtraFrames() {
        List<byte[]> frames = new ArrayList<>();
        if (t.compilation) {
            frames.add(Id3Tags.textFrame("TCMP", "1"));
        }
        if (t.lyrics != null) {
            frames.add(Id3Tags.usltFrame(t.lyrics));
        }
        if (!t.syncedLyrics.isEmpty()) {
            frames.add(Id3Tags.syltFrame(t.syncedLyrics));
        }
        return frames;
    }

    private boolean hasId3Content() {
        return !id3Keys().isEmpty() || !id3ExtraFrames().isEmpty() || t.cover != null;
    }

    private static String gain(Double db) {
        return db == null ? null : String.format(Locale.ROOT, "%.2f dB", db);
    }

    private static String peak(Double peak) {
        return peak == null ? null : String.format(Locale.ROOT, "%.6f", peak);
    }

    private static void putPair(Map<String, String> keys, String key, Integer number, Integer total) {
        if (number != null) {
            keys.put(key, total == null ? number.toString() : number + "/" + total);
        }
    }

    private static void putIfSet(Map<String, String> keys, String key, Object value) {
        if (value != null) {
            keys.put(key, value.toString());
        }
    }

    /** ffmpeg's metadata file format: {@code key=value}, with = ; # \ and newlines escaped. */
    private static String ffmetadata(Map<String, String> keys) {
        StringBuilder out = new StringBuilder(";FFMETADATA1\n");
        keys.forEach(
                (k, v) -> out.append(escape(k)).append('=').append(escape(v)).append('\n'));
        return out.toString();
    }

    private static String escape(String s) {
        return s.replaceAll("([=;#\\\\\n])", "\\\\$1");
    }

    /** A FLAC PICTURE block (front cover), as METADATA_BLOCK_PICTURE carries it in Ogg. */
    static byte[] flacPictureBlock(byte[] image) {
        int width;
        int height;
        try {
            var decoded = ImageIO.read(new ByteArrayInputStream(image));
            width = decoded.getWidth();
            height = decoded.getHeight();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] mime = (isPng(image) ? "image/png" : "image/jpeg").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer block = ByteBuffer.allocate(32 + mime.length + image.length);
        block.putInt(3).putInt(mime.length).put(mime).putInt(0); // front cover, no description
        block.putInt(width).putInt(height).putInt(24).putInt(0);
        block.putInt(image.length).put(image);
        return block.array();
    }

    static boolean isPng(byte[] image) {
        return image.length > 4 && image[0] == (byte) 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G';
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
