package com.musicplayer.platform.test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * iTunes freeform atoms ({@code ----:com.apple.iTunes:name}, how foobar2000 and Mp3tag store
 * ReplayGain in MP4), which ffmpeg does not write: appended to {@code moov/udta/meta/ilst}.
 */
final class Mp4Atoms {

    private Mp4Atoms() {}

    static byte[] addITunesFreeform(byte[] file, Map<String, String> values) {
        ByteArrayOutputStream atoms = new ByteArrayOutputStream();
        values.forEach((name, value) -> atoms.writeBytes(freeform(name, value)));
        int added = atoms.size();

        // the size fields of moov, udta, meta and ilst: each grows by the inserted bytes
        int moov = child(file, 0, file.length, "moov");
        int mdat = child(file, 0, file.length, "mdat");
        if (moov < 0 || mdat < 0 || mdat > moov) {
            // moov before mdat: growing it would move the audio and break the chunk offsets
            throw new IllegalStateException("expected moov after mdat (ffmpeg's default layout)");
        }
        int udta = child(file, moov + 8, moov + box(file, moov), "udta");
        int meta = udta < 0 ? -1 : child(file, udta + 8, udta + box(file, udta), "meta");
        int ilst = meta < 0 ? -1 : child(file, meta + 12, meta + box(file, meta), "ilst"); // meta: a full box
        if (ilst < 0) {
            throw new IllegalStateException("no moov/udta/meta/ilst: write at least one other tag");
        }
        List<Integer> parents = List.of(moov, udta, meta, ilst);
        int insertAt = ilst + box(file, ilst);

        ByteBuffer out = ByteBuffer.allocate(file.length + added);
        out.put(file, 0, insertAt).put(atoms.toByteArray()).put(file, insertAt, file.length - insertAt);
        for (int offset : parents) {
            out.putInt(offset, box(file, offset) + added);
        }
        return out.array();
    }

    private static byte[] freeform(String name, String value) {
        byte[] mean = fullBox("mean", "com.apple.iTunes".getBytes(StandardCharsets.UTF_8));
        byte[] nameBox = fullBox("name", name.getBytes(StandardCharsets.UTF_8));
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        // data: type 1 (UTF-8), locale 0
        byte[] data = ByteBuffer.allocate(16 + text.length)
                .putInt(16 + text.length)
                .put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(1)
                .putInt(0)
                .put(text)
                .array();
        int size = 8 + mean.length + nameBox.length + data.length;
        return ByteBuffer.allocate(size)
                .putInt(size)
                .put("----".getBytes(StandardCharsets.US_ASCII))
                .put(mean)
                .put(nameBox)
                .put(data)
                .array();
    }

    private static byte[] fullBox(String type, byte[] payload) {
        return ByteBuffer.allocate(12 + payload.length)
                .putInt(12 + payload.length)
                .put(type.getBytes(StandardCharsets.US_ASCII))
                .putInt(0)
                .put(payload)
                .array();
    }

    /** Offset of the first box of {@code type} between {@code from} and {@code to}, or -1. */
    private static int child(byte[] file, int from, int to, String type) {
        if (from < 0) {
            return -1;
        }
        int at = from;
        while (at + 8 <= to) {
            int size = box(file, at);
            if (new String(file, at + 4, 4, StandardCharsets.ISO_8859_1).equals(type)) {
                return at;
            }
            if (size < 8) {
                throw new IllegalStateException("unexpected box size " + size + " at " + at);
            }
            at += size;
        }
        return -1;
    }

    private static int box(byte[] file, int offset) {
        return ByteBuffer.wrap(file, offset, 4).getInt();
    }
}
