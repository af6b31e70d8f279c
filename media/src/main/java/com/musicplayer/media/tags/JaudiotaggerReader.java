package com.musicplayer.media.tags;

import com.musicplayer.media.tags.AudioTags.Picture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.AudioHeader;
import org.jaudiotagger.audio.exceptions.CannotReadException;
import org.jaudiotagger.audio.exceptions.CannotReadVideoException;
import org.jaudiotagger.audio.exceptions.InvalidAudioFrameException;
import org.jaudiotagger.audio.exceptions.ReadOnlyFileException;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.KeyNotFoundException;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.TagException;
import org.jaudiotagger.tag.TagField;
import org.jaudiotagger.tag.TagTextField;
import org.jaudiotagger.tag.aiff.AiffTag;
import org.jaudiotagger.tag.id3.AbstractID3v2Frame;
import org.jaudiotagger.tag.id3.AbstractID3v2Tag;
import org.jaudiotagger.tag.id3.framebody.FrameBodySYLT;
import org.jaudiotagger.tag.id3.framebody.FrameBodyTXXX;
import org.jaudiotagger.tag.images.Artwork;
import org.jaudiotagger.tag.mp4.field.Mp4TagReverseDnsField;
import org.jaudiotagger.tag.wav.WavTag;

/** mp3, flac, ogg vorbis, m4a, wav and aiff, read by jaudiotagger. */
final class JaudiotaggerReader {

    private static final int FRONT_COVER = 3;

    static {
        Jaudiotagger.configure();
    }

    private JaudiotaggerReader() {}

    static AudioTags read(Path file, AudioFormat format) {
        AudioFile audioFile = open(file, format);
        Truncation.check(file, format, audioFile);
        AudioHeader header = audioFile.getAudioHeader();
        if (header == null || header.getPreciseTrackLength() <= 0 || header.getSampleRateAsNumber() <= 0) {
            throw new CorruptAudioException(file, "no playable audio in this " + format.container + " file");
        }
        long durationMs = Math.round(header.getPreciseTrackLength() * 1000);
        String codec = codec(format, header);
        RawTags raw = raw(audioFile.getTag());
        RawTags.Audio audio = new RawTags.Audio(
                durationMs,
                bitrate(file, codec, header, durationMs, raw.picture()),
                positive(header.getSampleRateAsNumber()),
                channels(header.getChannels()),
                codec);
        return raw.toAudioTags(format, audio);
    }

    /**
     * Average kb/s of the audio. jaudiotagger's own figure is right for mp3 (frame headers or
     * the Xing frame) and AAC (the stream's declared average), but for FLAC it rounds the duration,
     * for Vorbis it is the encoder's nominal rate and for ALAC the uncompressed one: there the audio
     * bytes (for FLAC exact, else the file less its picture) over the duration.
     */
    private static Integer bitrate(Path file, String codec, AudioHeader header, long durationMs, Picture picture) {
        long bytes;
        switch (codec) {
            case "flac" -> bytes = header.getAudioDataLength() == null ? -1 : header.getAudioDataLength();
            case "vorbis", "alac" -> {
                try {
                    bytes = Files.size(file) - (picture == null ? 0 : picture.data().length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case "pcm" -> {
                // sample rate x bits x channels, rounded alike for WAV and AIFF (jaudiotagger rounds them differently)
                Integer channels = channels(header.getChannels());
                int bits = header.getBitsPerSample();
                if (channels == null || bits <= 0) {
                    return positive(header.getBitRateAsNumber());
                }
                return positive(Math.round(header.getSampleRateAsNumber() * (double) bits * channels / 1000));
            }
            default -> {
                return positive(header.getBitRateAsNumber());
            }
        }
        return positive(Math.round(bytes * 8.0 / durationMs));
    }

    private static AudioFile open(Path file, AudioFormat format) {
        try {
            return AudioFileIO.readAs(file.toFile(), format.jaudiotaggerExtension);
        } catch (CannotReadVideoException e) {
            throw new UnsupportedAudioException(file, "a video, not an audio file", e);
        } catch (CannotReadException
                | InvalidAudioFrameException
                | TagException
                | ReadOnlyFileException
                | IOException e) {
            throw new CorruptAudioException(
                    file, "cannot read this " + format.container + " file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // jaudiotagger meets malformed headers with whatever they cause (index out of bounds,
            // negative sizes, nulls): on a file that passed the magic-byte check, that is corruption
            throw new CorruptAudioException(file, "cannot read this " + format.container + " file: " + e, e);
        }
    }

    private static RawTags raw(Tag tag) {
        Map<String, String> custom = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (tag == null) {
            return new RawTags(
                    null, null, null, null, null, null, null, null, null, null, null, null, custom, List.of(), null);
        }
        Tag fields = unwrap(tag);
        List<LyricLine> sylt = new ArrayList<>();
        if (fields != null) {
            collectCustom(fields, custom);
            if (fields instanceof AbstractID3v2Tag id3) {
                sylt.addAll(sylt(id3));
            }
        }
        return new RawTags(
                first(tag, FieldKey.TITLE),
                first(tag, FieldKey.ARTIST),
                first(tag, FieldKey.ALBUM_ARTIST),
                first(tag, FieldKey.ALBUM),
                first(tag, FieldKey.TRACK),
                first(tag, FieldKey.TRACK_TOTAL),
                first(tag, FieldKey.DISC_NO),
                first(tag, FieldKey.DISC_TOTAL),
                first(tag, FieldKey.YEAR),
                first(tag, FieldKey.GENRE),
                first(tag, FieldKey.IS_COMPILATION),
                first(tag, FieldKey.LYRICS),
                custom,
                sylt,
                picture(tag));
    }

    /** The tag holding the fields: WAV and AIFF wrap an ID3 tag (or WAV its LIST/INFO chunk). */
    private static Tag unwrap(Tag tag) {
        if (tag instanceof WavTag wav) {
            return wav.isExistingId3Tag() ? wav.getID3Tag() : wav.getInfoTag();
        }
        if (tag instanceof AiffTag aiff) {
            return aiff.getID3Tag();
        }
        return tag;
    }

    /** TXXX frames by description, Vorbis comments by name, iTunes freeform atoms by name. */
    private static void collectCustom(Tag tag, Map<String, String> custom) {
        if (tag instanceof AbstractID3v2Tag id3) {
            for (TagField field : id3.getFields("TXXX")) {
                if (field instanceof AbstractID3v2Frame frame && frame.getBody() instanceof FrameBodyTXXX txxx) {
                    custom.putIfAbsent(txxx.getDescription(), txxx.getTextWithoutTrailingNulls());
                }
            }
            return;
        }
        for (Iterator<TagField> it = tag.getFields(); it.hasNext(); ) {
            TagField field = it.next();
            if (field instanceof Mp4TagReverseDnsField freeform) {
                custom.putIfAbsent(freeform.getDescriptor(), freeform.getContent());
            } else if (field instanceof TagTextField text && !field.isBinary() && !isPicture(field.getId())) {
                custom.putIfAbsent(field.getId(), text.getContent());
            }
        }
    }

    private static boolean isPicture(String id) {
        return "METADATA_BLOCK_PICTURE".equalsIgnoreCase(id) || "COVERART".equalsIgnoreCase(id);
    }

    private static List<LyricLine> sylt(AbstractID3v2Tag id3) {
        for (TagField field : id3.getFields("SYLT")) {
            if (field instanceof AbstractID3v2Frame frame && frame.getBody() instanceof FrameBodySYLT body) {
                List<LyricLine> lines = Sylt.parse(body.getTextEncoding(), body.getTimeStampFormat(), body.getLyrics());
                if (!lines.isEmpty()) {
                    return lines;
                }
            }
        }
        return List.of();
    }

    /** The front cover, else the first picture; linked (URL) pictures are skipped. */
    private static Picture picture(Tag tag) {
        List<Artwork> artworks;
        try {
            artworks = tag.getArtworkList();
        } catch (UnsupportedOperationException e) {
            return null; // a WAV LIST/INFO chunk holds no pictures
        }
        Picture first = null;
        for (Artwork artwork : artworks) {
            if (artwork.isLinked()) {
                continue;
            }
            Picture picture = Pictures.of(artwork.getBinaryData(), artwork.getMimeType());
            if (picture != null && artwork.getPictureType() == FRONT_COVER) {
                return picture;
            }
            if (first == null) {
                first = picture;
            }
        }
        return first;
    }

    private static String first(Tag tag, FieldKey key) {
        try {
            return tag.getFirst(key);
        } catch (UnsupportedOperationException | KeyNotFoundException e) {
            return null; // this kind of tag has no such field (e.g. a disc number in WAV LIST/INFO)
        }
    }

    private static String codec(AudioFormat format, AudioHeader header) {
        String type = String.valueOf(header.getEncodingType()).toLowerCase(Locale.ROOT);
        return switch (format) {
            case MP3 -> type.contains("layer 2") ? "mp2" : type.contains("layer 1") ? "mp1" : "mp3";
            case M4A ->
                String.valueOf(header.getFormat()).toLowerCase(Locale.ROOT).contains("alac") ? "alac" : "aac";
            default -> format.codec;
        };
    }

    /** "Mono", "Stereo", "Joint Stereo", "Dual" (mp3) or a number (the other formats). */
    private static Integer channels(String channels) {
        if (channels == null) {
            return null;
        }
        String c = channels.strip().toLowerCase(Locale.ROOT);
        if (c.contains("mono")) {
            return 1;
        }
        if (c.contains("stereo") || c.contains("dual")) {
            return 2;
        }
        return TagValues.number(c);
    }

    private static Integer positive(long n) {
        return n > 0 && n <= Integer.MAX_VALUE ? (int) n : null;
    }
}
