package com.musicplayer.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether a token's user or session has been revoked since it was issued: the user is gone, their
 * password or role changed after it was issued ({@code users.tokens_valid_after}), or its session
 * family was logged out or caught reusing a refresh token. One primary-key lookup per user and
 * session, cached for {@code musicplayer.security.revocation-cache} (2 s): a revocation reaches
 * every service within that time.
 */
public class TokenRevocation {

    private static final int MAX_ENTRIES = 100_000;

    private record State(boolean userExists, Instant validAfter, boolean sessionRevoked, Instant fetchedAt) {}

    private final JdbcTemplate jdbc;
    private final Duration cacheFor;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, State> cache = new ConcurrentHashMap<>();
    /** After a failed lookup, until when not to try again: no request should wait twice for a dead database. */
    private volatile Instant databaseDownUntil = Instant.MIN;

    public TokenRevocation(JdbcTemplate jdbc, Duration cacheFor) {
        this.jdbc = jdbc;
        this.cacheFor = cacheFor;
    }

    /**
     * @param issuedAt the token's {@code iat}, whole seconds
     * @param sessionId the token's {@code sid} (its refresh family), or null
     */
    public boolean isRevoked(long userId, String sessionId, Instant issuedAt) {
        String key = userId + "/" + sessionId;
        State state = cache.get(key);
        Instant now = clock.instant();
        if (state == null || state.fetchedAt().plus(cacheFor).isBefore(now)) {
            if (now.isBefore(databaseDownUntil)) {
                return state != null && revoked(state, issuedAt, sessionId);
            }
            try {
                state = load(userId, sessionId, now);
            } catch (DataAccessResourceFailureException | TransientDataAccessException ex) {
                // The database is down: the request cannot do anything anyway and will answer
                // 503 at its first query, so fall back to the last answer (or let it through).
                databaseDownUntil = now.plusSeconds(1);
                return state != null && revoked(state, issuedAt, sessionId);
            }
            if (cache.size() > MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, state);
        }
        return revoked(state, issuedAt, sessionId);
    }

    /** The same check, uncached: for refresh, where a stale answer would extend a revoked session. */
    public boolean isRevokedNow(long userId, String sessionId, Instant issuedAt) {
        evict(userId);
        return isRevoked(userId, sessionId, issuedAt);
    }

    /** Forget what this instance cached for a user (after it revoked something itself). */
    public void evict(long userId) {
        cache.keySet().removeIf(key -> key.startsWith(userId + "/"));
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

    private State load(long userId, String sessionId, Instant now) {
        // UTC calendar: MariaDB's DATETIME has no zone, and Hibernate writes it in UTC
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        List<State> rows = jdbc.query(
                "SELECT u.tokens_valid_after, f.id, f.revoked_at FROM users u"
                        + " LEFT JOIN token_families f ON f.id = ? AND f.user_id = u.id WHERE u.id = ?",
                (rs, i) -> {
                    Timestamp validAfter = rs.getTimestamp(1, utc);
                    boolean sessionRevoked =
                            sessionId != null && (rs.getString(2) == null || rs.getTimestamp(3, utc) != null);
                    return new State(true, validAfter == null ? null : validAfter.toInstant(), sessionRevoked, now);
                },
                sessionId,
                userId);
        return rows.isEmpty() ? new State(false, null, true, now) : rows.get(0);
    }
}
