package com.musicplayer.platform.web;

import java.util.Locale;

/**
 * Turns list filters into query parameters for case-insensitive matching against
 * {@code lower(column)}. A blank filter is no filter ({@code null}). Substring patterns escape
 * {@code %} and {@code _} with {@code !} (write {@code like :q escape '!'}): a backslash would mean
 * something else on MariaDB.
 */
public final class SearchTerms {

    private SearchTerms() {}

    /** For {@code lower(column) = :value}. */
    public static String exact(String value) {
        return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    /** For {@code lower(column) like :pattern escape '!'}. */
    public static String contains(String value) {
        String term = exact(value);
        if (term == null) {
            return null;
        }
        return "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
