package com.musicplayer.subsonic.api;

import com.musicplayer.platform.web.ListPage;
import com.musicplayer.platform.web.PageParams;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Subsonic asks for up to 500 items from any offset; the modules' lists give at most 200 a page.
 * This reads as many pages as it takes (a library sync asks search3 for 500 songs at a time).
 */
public final class Pages {

    private Pages() {}

    public static <T> List<T> collect(int count, long offset, Function<PageParams, ListPage<T>> page) {
        return collect(count, offset, null, page);
    }

    /** @param sort a sort of the module's list, or null for its default order */
    public static <T> List<T> collect(int count, long offset, String sort, Function<PageParams, ListPage<T>> page) {
        List<T> items = new ArrayList<>();
        long at = offset;
        while (items.size() < count) {
            int limit = Math.min(PageParams.MAX_LIMIT, count - items.size());
            ListPage<T> got = page.apply(new PageParams(limit, at, sort, null));
            items.addAll(got.items());
            if (got.items().size() < limit || !got.more()) {
                break;
            }
            at += got.items().size();
        }
        return items;
    }
}
