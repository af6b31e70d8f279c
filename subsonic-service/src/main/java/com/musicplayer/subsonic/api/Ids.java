package com.musicplayer.subsonic.api;

/**
 * Subsonic ids are strings: an artist is {@code ar-<id>}, an album {@code al-<id>}, a song its plain
 * id, a cover its artwork id (or {@code al-<id>}: that album's cover). Anything else is 70.
 */
public final class Ids {

    public static final String ARTIST = "ar-";
    public static final String ALBUM = "al-";

    private Ids() {}

    public static String artist(Long id) {
        return id == null ? null : ARTIST + id;
    }

    public static String album(Long id) {
        return id == null ? null : ALBUM + id;
    }

    public static long song(String id) {
        return number(id, "", "Song");
    }

    /** A playlist's id is its plain id, the one the REST API ({@code /playlists/<id>}) shows. */
    public static long playlist(String id) {
        return number(id, "", "Playlist");
    }

    public static long artistId(String id) {
        return number(id, ARTIST, "Artist");
    }

    public static long albumId(String id) {
        return number(id, ALBUM, "Album");
    }

    public static boolean isArtist(String id) {
        return id.startsWith(ARTIST);
    }

    public static boolean isAlbum(String id) {
        return id.startsWith(ALBUM);
    }

    private static long number(String id, String prefix, String what) {
        if (!id.startsWith(prefix)) {
            throw SubsonicError.notFound(what + " " + id);
        }
        String digits = id.substring(prefix.length());
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            throw SubsonicError.notFound(what + " " + id);
        }
        return Long.parseLong(digits);
    }
}
