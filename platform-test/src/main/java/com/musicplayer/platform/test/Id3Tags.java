package com.musicplayer.platform.test;

import com.musicplayer.platform.test.AudioFixtures.SyncedLine;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * ID3v2.3 frames ffmpeg does not write, built per the ID3v2.3 specification (id3.org), and the
 * ID3 chunk that taggers add to WAV and AIFF files.
 */
final class Id3Tags {

    private static final int HEADER = 10;

    private Id3Tags() {}

    /** The file with {@code frames} inserted first into its leading ID3v2.3 tag. */
    static byte[] insertFrames(byte[] file, List<byte[]> frames) {
        if (frames.isEmpty()) {
            return file;
        }
        int size = tagSize(file);
        if (file[3] != 3) {
            throw new IllegalStateException("expected an ID3v2.3 tag, found v2." + file[3]);
        }
        ByteArrayOutputStream extra = new ByteArrayOutputStream();
        frames.forEach(extra::writeBytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + extra.size());
        out.write(file, 0, 6);
        out.writeBytes(syncsafe(size + extra.size()));
        out.writeBytes(extra.toByteArray());
        out.write(file, HEADER, file.length - HEADER);
        return out.toByteArray();
    }

    /** The leading ID3v2 tag (header and frames) of an mp3. */
    static byte[] tagOf(byte[] mp3) {
        int length = HEADER + tagSize(mp3);
        byte[] tag = new byte[length];
        System.arraycopy(mp3, 0, tag, 0, length);
        return tag;
    }

    /** A text frame in UTF-16 with a byte order mark (encoding 1). */
    static byte[] textFrame(String id, String text) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(1);
        body.writeBytes(utf16(text));
        return frame(id, body.toByteArray());
    }

    /** USLT: unsynchronised lyrics, language "eng", empty content descriptor. */
    static byte[] usltFrame(String lyrics) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(1);
        body.writeBytes("eng".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(utf16("")); // empty content descriptor, with its byte order mark as ffmpeg expects
        body.write(0);
        body.write(0);
        body.writeBytes(utf16(lyrics));
        return frame("USLT", body.toByteArray());
    }

    /** SYLT: synchronised lyrics, timestamps in milliseconds (format 2), content type 1 (lyrics). */
    static byte[] syltFrame(List<SyncedLine> lines) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(1);
        body.writeBytes("eng".getBytes(StandardCharsets.US_ASCII));
        body.write(2);
        body.write(1);
        body.writeBytes(utf16("")); // empty content descriptor, with its byte order mark as ffmpeg expects
        body.write(0);
        body.write(0);
        for (SyncedLine line : lines) {
            body.writeBytes(utf16(line.text()));
            body.write(0);
            body.write(0);
            body.writeBytes(ByteBuffer.allocate(4).putInt((int) line.startMs()).array());
        }
        return frame("SYLT", body.toByteArray());
    }

    /**
     * A RIFF (WAV, little-endian sizes) or IFF (AIFF, big-endian) file with one more chunk at its
     * end and its container size updated.
     */
    static byte[] appendChunk(byte[] file, String id, byte[] data, boolean littleEndian) {
        ByteOrder order = littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        int padding = data.length % 2;
        ByteBuffer out =
                ByteBuffer.allocate(file.length + 8 + data.length + padding).order(order);
        out.put(file);
        out.put(id.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        if (padding == 1) {
            out.put((byte) 0);
        }
        out.putInt(4, out.capacity() - 8);
        return out.array();
    }

    private static byte[] frame(String id, byte[] body) {
        return ByteBuffer.allocate(HEADER + body.length)
                .put(id.getBytes(StandardCharsets.US_ASCII))
                .putInt(body.length) // v2.3 frame sizes are plain 32-bit integers
                .putShort((short) 0)
                .put(body)
                .array();
    }

    private static byte[] utf16(String text) {
        byte[] chars = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[chars.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(chars, 0, withBom, 2, chars.length);
        return withBom;
    }

    private static int tagSize(byte[] file) {
        if (file.length < HEADER || file[0] != 'I' || file[1] != 'D' || file[2] != '3') {
            throw new IllegalStateException("no ID3v2 tag at the start of the file");
        }
        return (file[6] & 0x7F) << 21 | (file[7] & 0x7F) << 14 | (file[8] & 0x7F) << 7 | (file[9] & 0x7F);
    }

    private static byte[] syncsafe(int size) {
        return new byte[] {
            (byte) (size >> 21 & 0x7F), (byte) (size >> 14 & 0x7F), (byte) (size >> 7 & 0x7F), (byte) (size & 0x7F)
        };
    }
}
