package com.musicplayer.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Totals for {@code X-Total-Count}, remembered for a short while per filter. Counting every
 * matching row costs as much as the catalog is large; a total that is at most {@code ttl} old is
 * what every page of a busy list can share. The service evicts everything after its own writes,
 * so a client sees its own change at once; other instances' changes show within {@code ttl}. One
 * per service ({@code WebAutoConfiguration}), keyed by list and filter.
 *
 * <p>Other values that cost as much as a total — an aggregate over many rows, such as a chart's
 * ranking — are shared and dropped the same way ({@link #get(Object, Class, Supplier)}).
 */
public final class CachedCounts {

    private final Cache<Object, Object> values;

    /** @param ttl how long a total is reused; zero counts on every request */
    public CachedCounts(Duration ttl) {
        this.values = ttl.isZero()
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(10_000)
                        .expireAfterWrite(ttl)
                        .build();
    }

    /** @param filter what was counted, with the list's name: equal filters share a total */
    public long get(Object filter, Supplier<Long> count) {
        return get(filter, Long.class, count);
    }

    /**
     * @param key what was worked out; a key of its own type (a record), so that it never meets a
     *     list's filter
     */
    public <T> T get(Object key, Class<T> type, Supplier<T> compute) {
        return values == null ? compute.get() : type.cast(values.get(key, k -> compute.get()));
    }

    public void evictAll() {
        if (values != null) {
            values.invalidateAll();
        }
    }
}
