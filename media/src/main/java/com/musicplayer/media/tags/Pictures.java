package com.musicplayer.media.tags;

import com.musicplayer.media.tags.AudioTags.Picture;
import java.util.Locale;

/** Embedded pictures: the type from the bytes, since taggers write "image/jpg", "JPG" or nothing. */
final class Pictures {

    private Pictures() {}

    /** A picture of these bytes, or null when they are empty or not an image. */
    static Picture of(byte[] data, String declaredMimeType) {
        if (data == null || data.length == 0) {
            return null;
        }
        String mime = sniff(data);
        if (mime == null && declaredMimeType != null) {
            String declared = declaredMimeType.strip().toLowerCase(Locale.ROOT);
            mime = declared.startsWith("image/") ? declared.replace("image/jpg", "image/jpeg") : null;
        }
        return mime == null ? null : new Picture(data, mime);
    }

    private static String sniff(byte[] d) {
        if (d.length >= 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (d.length >= 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "image/png";
        }
        if (d.length >= 6 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F' && d[3] == '8') {
            return "image/gif";
        }
        if (d.length >= 12
                && d[0] == 'R'
                && d[1] == 'I'
                && d[2] == 'F'
                && d[3] == 'F'
                && d[8] == 'W'
                && d[9] == 'E'
                && d[10] == 'B'
                && d[11] == 'P') {
            return "image/webp";
        }
        if (d.length >= 2 && d[0] == 'B' && d[1] == 'M') {
            return "image/bmp";
        }
        return null;
    }
}
