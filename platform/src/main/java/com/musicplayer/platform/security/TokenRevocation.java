package com.musicplayer.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether a token's user or session has been revoked since it was issued: the user is gone, their
 * password or role changed after it was issued ({@code users.tokens_valid_after}), or its session
 * family was logged out or caught reusing a refresh token. One primary-key lookup per user and
 * session, cached for {@code musicplayer.security.revocation-cache} (2 s): a revocation reaches
 * every service within that time.
 *
 * <p>Fails closed: when the database cannot be reached and no answer younger than the cache's
 * lifetime is at hand, {@link #isRevoked} throws {@link RevocationUnavailableException} (503), on
 * every route — also on those that read no table, where the old answer "let it through" would have
 * honoured a token revoked during the outage.
 */
public class TokenRevocation {

    private static final int MAX_ENTRIES = 100_000;
    /** After a failed lookup, how long not to try again: no request should wait twice for a dead database. */
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(1);

    private record Key(long userId, String sessionId) {}

    private record State(boolean userExists, Instant validAfter, boolean sessionRevoked) {}

    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();
    /** null: no caching (a lifetime of zero) */
    private final Cache<Key, State> cache;

    private volatile Instant databaseDownUntil = Instant.MIN;

    public TokenRevocation(JdbcTemplate jdbc, Duration cacheFor) {
        this.jdbc = jdbc;
        this.cache = cacheFor.isZero()
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(MAX_ENTRIES)
                        .expireAfterWrite(cacheFor)
                        .build();
    }

    /**
     * @param issuedAt the token's {@code iat}, whole seconds
     * @param sessionId the token's {@code sid} (its refresh family), or null
     * @throws RevocationUnavailableException when the database cannot tell
     */
    public boolean isRevoked(long userId, String sessionId, Instant issuedAt) {
        Key key = new Key(userId, sessionId);
        // get(key, loader): concurrent requests for one token wait for one lookup; a failed one stores nothing
        State state = cache == null ? load(key) : cache.get(key, this::load);
        return revoked(state, issuedAt, sessionId);
    }

    /** The same check, uncached: for refresh, where a stale answer would extend a revoked session. */
    public boolean isRevokedNow(long userId, String sessionId, Instant issuedAt) {
        evict(userId);
        return isRevoked(userId, sessionId, issuedAt);
    }

    /** Forget what this instance cached for a user (after it revoked something itself). */
    public void evict(long userId) {
        if (cache != null) {
            cache.asMap().keySet().removeIf(key -> key.userId() == userId);
        }
    }

    private static boolean revoked(State state, Instant issuedAt, String sessionId) {
        if (!state.userExists()) {
            return true;
        }
        if (state.validAfter() != null
                && issuedAt.getEpochSecond() < state.validAfter().getEpochSecond()) {
            return true;
        }
        return sessionId != null && state.sessionRevoked();
    }

    private State load(Key key) {
        Instant now = clock.instant();
        if (now.isBefore(databaseDownUntil)) {
            throw new RevocationUnavailableException(null);
        }
        try {
            return query(key.userId(), key.sessionId());
        } catch (DataAccessResourceFailureException | TransientDataAccessException ex) {
            databaseDownUntil = now.plus(RETRY_AFTER_FAILURE);
            throw new RevocationUnavailableException(ex);
        }
    }

    private State query(long userId, String sessionId) {
        // UTC calendar: MariaDB's DATETIME has no zone, and Hibernate writes it in UTC
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        List<State> rows = jdbc.query(
                "SELECT u.tokens_valid_after, f.id, f.revoked_at FROM users u"
                        + " LEFT JOIN token_families f ON f.id = ? AND f.user_id = u.id WHERE u.id = ?",
                (rs, i) -> {
                    Timestamp validAfter = rs.getTimestamp(1, utc);
                    boolean sessionRevoked =
                            sessionId != null && (rs.getString(2) == null || rs.getTimestamp(3, utc) != null);
                    return new State(true, validAfter == null ? null : validAfter.toInstant(), sessionRevoked);
                },
                sessionId,
                userId);
        return rows.isEmpty() ? new State(false, null, true) : rows.get(0);
    }
}
