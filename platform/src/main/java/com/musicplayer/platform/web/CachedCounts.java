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
 */
public final class CachedCounts {

    private final Cache<Object, Long> counts;

    /** @param ttl how long a total is reused; zero counts on every request */
    public CachedCounts(Duration ttl) {
        this.counts = ttl.isZero()
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(10_000)
                        .expireAfterWrite(ttl)
                        .build();
    }

    /** @param filter what was counted, with the list's name: equal filters share a total */
    public long get(Object filter, Supplier<Long> count) {
        return counts == null ? count.get() : counts.get(filter, key -> count.get());
    }

    public void evictAll() {
        if (counts != null) {
            counts.invalidateAll();
        }
    }
}
