package com.musicplayer.media.tags;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines of an ID3v2 SYLT frame, whose synced text jaudiotagger 3.0.1 hands over as raw bytes:
 * repeated (text, NUL terminator, 32-bit big-endian time).
 */
final class Sylt {

    private static final int MILLISECONDS = 2;

    private Sylt() {}

    /** Lines of a SYLT frame timed in milliseconds; empty for MPEG-frame times or unreadable data. */
    static List<LyricLine> parse(int textEncoding, int timestampFormat, byte[] data) {
        if (timestampFormat != MILLISECONDS || data == null) {
            return List.of();
        }
        boolean wide = textEncoding == 1 || textEncoding == 2;
        Charset charset = switch (textEncoding) {
            case 1 -> StandardCharsets.UTF_16; // each string carries its byte order mark
            case 2 -> StandardCharsets.UTF_16BE;
            case 3 -> StandardCharsets.UTF_8;
            default -> StandardCharsets.ISO_8859_1;
        };
        int at = 0;
        // jaudiotagger ends a UTF-16 content descriptor at its first NUL byte, leaving the second
        // byte of the terminator in front of the data: an odd length tells
        if (wide && data.length % 2 == 1 && data.length > 0 && data[0] == 0) {
            at = 1;
        }
        List<LyricLine> lines = new ArrayList<>();
        while (at < data.length) {
            int end = terminator(data, at, wide);
            if (end < 0 || end + (wide ? 2 : 1) + 4 > data.length) {
                break;
            }
            String text = new String(data, at, end - at, charset).strip();
            at = end + (wide ? 2 : 1);
            long time = ByteBuffer.wrap(data, at, 4).getInt() & 0xFFFFFFFFL;
            at += 4;
            lines.add(new LyricLine(time, text));
        }
        lines.sort(Comparator.comparingLong(LyricLine::startMs));
        return List.copyOf(lines);
    }

    private static int terminator(byte[] data, int from, boolean wide) {
        if (!wide) {
            for (int i = from; i < data.length; i++) {
                if (data[i] == 0) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = from; i + 1 < data.length; i += 2) {
            if (data[i] == 0 && data[i + 1] == 0) {
                return i;
            }
        }
        return -1;
    }
}
