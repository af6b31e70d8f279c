package com.musicplayer.catalog.artist;

import java.util.Locale;

/**
 * How artist names compare and sort — the same rules as the backfill of migration V6: one artist
 * per name in any case, sorted without a leading English article.
 */
final class ArtistNames {

    private static final String[] ARTICLES = {"the ", "an ", "a "};

    private ArtistNames() {}

    /** The unique key: the trimmed name in lower case. */
    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** "The Beatles" sorts as "Beatles"; a name that is only an article keeps it. */
    static String sortName(String name) {
        String trimmed = name.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        for (String article : ARTICLES) {
            if (lower.startsWith(article) && trimmed.length() > article.length()) {
                return trimmed.substring(article.length());
            }
        }
        return trimmed;
    }
}
