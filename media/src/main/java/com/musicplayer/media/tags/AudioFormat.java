package com.musicplayer.media.tags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The supported formats, recognised by their content (magic bytes), never by the file's name: an
 * upload's name is whatever the client said, and a scanned folder can hold a PNG named x.mp3.
 */
enum AudioFormat {
    MP3("mp3", "mp3", "audio/mpeg", "mp3"),
    FLAC("flac", "flac", "audio/flac", "flac"),
    OGG("ogg", "vorbis", "audio/ogg", "ogg"),
    // jaudiotagger 3.0.1 has no Opus reader: ffprobe reads it. "audio/ogg; codecs=opus" is what
    // RFC 7845 registers and every browser's <audio> accepts (audio/opus is the RTP payload type).
    OPUS("opus", "opus", "audio/ogg; codecs=opus", null),
    M4A("m4a", "aac", "audio/mp4", "m4a"),
    WAV("wav", "pcm", "audio/wav", "wav"),
    AIFF("aiff", "pcm", "audio/aiff", "aiff");

    /** Enough for an Ogg page header with a full segment table and the first packet's signature. */
    private static final int HEAD = 512;

    final String container;
    final String codec;
    final String contentType;
    /** The extension jaudiotagger picks its reader by; null where ffprobe reads the file. */
    final String jaudiotaggerExtension;

    AudioFormat(String container, String codec, String contentType, String jaudiotaggerExtension) {
        this.container = container;
        this.codec = codec;
        this.contentType = contentType;
        this.jaudiotaggerExtension = jaudiotaggerExtension;
    }

    /**
     * The format of {@code file}'s content.
     *
     * @throws UnsupportedAudioException not audio, or audio we do not support
     * @throws CorruptAudioException a supported format's header, cut short
     * @throws UncheckedIOException the file cannot be read at all
     */
    static AudioFormat detect(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                throw new UnsupportedAudioException(file, "the file is empty");
            }
            byte[] head = read(channel, 0, HEAD);
            if (starts(head, 0, "ID3")) {
                return afterId3(file, channel, head);
            }
            if (starts(head, 0, "fLaC")) {
                return FLAC;
            }
            if (starts(head, 0, "OggS")) {
                return ogg(file, head);
            }
            if (starts(head, 4, "ftyp")) {
                return M4A;
            }
            if (starts(head, 0, "RIFF") && starts(head, 8, "WAVE")) {
                return WAV;
            }
            if (starts(head, 0, "FORM") && (starts(head, 8, "AIFF") || starts(head, 8, "AIFC"))) {
                return AIFF;
            }
            if (isMpegAudioFrame(head, 0)) {
                return MP3;
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xF6) == 0xF0) {
                throw new UnsupportedAudioException(file, "raw AAC (ADTS) is not supported; put it in an .m4a");
            }
            throw new UnsupportedAudioException(file, "not a supported audio format (" + Magic.describe(head) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AudioFormat afterId3(Path file, FileChannel channel, byte[] head) throws IOException {
        if (head.length < 10) {
            throw new CorruptAudioException(file, "ID3 tag header cut short");
        }
        long size = (head[6] & 0x7F) << 21 | (head[7] & 0x7F) << 14 | (head[8] & 0x7F) << 7 | (head[9] & 0x7F);
        long end = 10 + size + ((head[5] & 0x10) != 0 ? 10 : 0); // + footer
        if (end >= channel.size()) {
            throw new CorruptAudioException(file, "no audio after its ID3 tag (file cut short?)");
        }
        // FLAC files sometimes carry an ID3 tag in front; anything else behind ID3 claims to be MPEG
        // audio, and if no frames are found there the file is corrupt, not of another format
        return starts(read(channel, end, 4), 0, "fLaC") ? FLAC : MP3;
    }

    private static AudioFormat ogg(Path file, byte[] head) {
        if (head.length < 28) {
            throw new CorruptAudioException(file, "Ogg page header cut short");
        }
        int firstPacket = 27 + (head[26] & 0xFF);
        if (head.length < firstPacket + 8) {
            throw new CorruptAudioException(file, "Ogg page cut short");
        }
        if (head[firstPacket] == 1 && starts(head, firstPacket + 1, "vorbis")) {
            return OGG;
        }
        if (starts(head, firstPacket, "OpusHead")) {
            return OPUS;
        }
        if (head[firstPacket] == 0x7F && starts(head, firstPacket + 1, "FLAC")) {
            throw new UnsupportedAudioException(file, "FLAC in Ogg is not supported; use native .flac");
        }
        throw new UnsupportedAudioException(file, "an Ogg stream that is neither Vorbis nor Opus");
    }

    /** A plausible MPEG audio (layer I-III) frame header at {@code at}: sync, version, layer, rates. */
    static boolean isMpegAudioFrame(byte[] b, int at) {
        if (b.length < at + 4 || (b[at] & 0xFF) != 0xFF || (b[at + 1] & 0xE0) != 0xE0) {
            return false;
        }
        int version = (b[at + 1] >> 3) & 3;
        int layer = (b[at + 1] >> 1) & 3;
        int bitrate = (b[at + 2] >> 4) & 0xF;
        int sampleRate = (b[at + 2] >> 2) & 3;
        return version != 1 && layer != 0 && bitrate != 0xF && sampleRate != 3;
    }

    private static boolean starts(byte[] bytes, int at, String ascii) {
        if (bytes.length < at + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] read(FileChannel channel, long position, int max) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(max);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // keep reading: a channel may return fewer bytes than asked
        }
        byte[] bytes = new byte[buffer.position()];
        buffer.flip().get(bytes);
        return bytes;
    }

    /** Names common non-audio content, so a 415 says what was sent instead. */
    static final class Magic {

        private Magic() {}

        static String describe(byte[] head) {
            if (starts(head, 0, "\u0089PNG")) {
                return "looks like a PNG image";
            }
            if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
                return "looks like a JPEG image";
            }
            if (starts(head, 0, "GIF8")) {
                return "looks like a GIF image";
            }
            if (starts(head, 0, "%PDF")) {
                return "looks like a PDF document";
            }
            if (starts(head, 0, "PK\u0003\u0004")) {
                return "looks like a ZIP archive";
            }
            if (starts(head, 0, "RIFF")) {
                return "a RIFF file that is not WAVE";
            }
            if (isText(head)) {
                return "looks like text";
            }
            return "unrecognised content";
        }

        private static boolean isText(byte[] head) {
            String s = new String(head, StandardCharsets.UTF_8);
            return s.chars()
                    .allMatch(c -> c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c != 0x7F && c != 0xFFFD));
        }
    }
}
