package com.musicplayer.library.playlist;

import org.springframework.modulith.NamedInterface;

/**
 * A write's {@code If-Match} header: the playlist versions (ETags) the client's change was made
 * against. Absent, any version matches (the write still waits its turn on the playlist's row lock);
 * {@code *} matches any existing playlist. A weak tag ({@code W/"7"}, as some proxies rewrite a
 * strong one) is compared by its value.
 */
@NamedInterface("api")
public record IfMatch(String header) {

    public static final IfMatch ANY = new IfMatch(null);

    public boolean matches(int version) {
        if (header == null || header.isBlank()) {
            return true;
        }
        String wanted = String.valueOf(version);
        for (String tag : header.split(",")) {
            String value = tag.trim();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
