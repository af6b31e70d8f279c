package com.musicplayer.platform.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key (an account, a client address) in {@code window}, refilled
 * gradually (Bucket4j). In memory: each instance counts its own; behind a load balancer with N
 * instances a key gets up to N × limit.
 */
public final class Throttle {

    private static final int MAX_KEYS = 100_000;

    private final long limit;
    private final Duration window;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public Throttle(long limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Refuses with 429 (and Retry-After) when {@code key} has no events left; does not use one up. */
    public void check(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null && bucket.getAvailableTokens() < 1) {
            throw new TooManyRequestsException(retryAfter(bucket));
        }
    }

    /** Uses up one event of {@code key} (a failure, a registration). */
    public void record(String key) {
        if (buckets.size() > MAX_KEYS) {
            // under a flood of distinct keys, forget the quiet ones rather than grow without bound
            buckets.values().removeIf(b -> b.getAvailableTokens() >= limit);
        }
        buckets.computeIfAbsent(key, k -> newBucket()).tryConsume(1);
    }

    /** {@link #check} then {@link #record}: for events limited whether they succeed or not. */
    public void acquire(String key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> newBucket());
        if (!bucket.tryConsume(1)) {
            throw new TooManyRequestsException(retryAfter(bucket));
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit)
                        .refillGreedy(limit, window)
                        .build())
                .build();
    }

    private static long retryAfter(Bucket bucket) {
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
