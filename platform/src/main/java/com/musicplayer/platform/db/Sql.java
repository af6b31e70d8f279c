package com.musicplayer.platform.db;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A piece of SQL and the values of its {@code ?} placeholders, in order. */
public record Sql(String text, List<Object> params) {

    public static Sql of(String text, Object... params) {
        return new Sql(text, Arrays.asList(params));
    }

    /** {@code ?, ?, ?} — the placeholders of an {@code IN (...)} list of {@code count} values. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
