package com.musicplayer.platform.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as {@link PagedResponse} sends it.
 *
 * @param total the list's length, at most a few seconds old ({@link CachedCounts}); for a search a
 *     lower bound when {@code capped}
 * @param capped whether the total is only the cap of a search's count
 * @param more whether items follow this page (the total alone cannot say: it may be capped or stale)
 * @param lastId the id of the last item, for the {@code next} link of a list read by key
 */
public record ListPage<T>(List<T> items, long total, boolean capped, boolean more, ListQuery query, Long lastId) {

    /** The same page with other items for these (the same ones, fetched in full: fewer if some went). */
    public <R> ListPage<R> withItems(List<R> replaced) {
        return new ListPage<>(replaced, total, capped, more, query, lastId);
    }

    public <R> ListPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ListPage<>(items.stream().<R>map(mapper).toList(), total, capped, more, query, lastId);
    }
}
