package com.musicplayer.auth.session;

import com.musicplayer.auth.AuthProperties;
import com.musicplayer.auth.token.TokenIssuer;
import com.musicplayer.platform.security.TokenRevocation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Sessions with rotating refresh tokens (OAuth 2.1 / RFC 9700 §4.14): a login starts a family;
 * every refresh uses up its token and hands out the next; presenting a used token again means it
 * was stolen (or replayed), and the whole family is revoked — its access tokens too, via {@code sid}.
 */
@Service
public class SessionService {

    private static final Logger log = LoggerFactory.getLogger(SessionService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An access token and the refresh token that renews it. */
    public record Tokens(long userId, TokenIssuer.IssuedToken access, String refreshToken) {}

    private final TokenFamilyRepository families;
    private final RefreshTokenRepository refreshTokens;
    private final TokenIssuer issuer;
    private final TokenRevocation revocation;
    private final Duration refreshTtl;
    private final Clock clock = Clock.systemUTC();

    SessionService(
            TokenFamilyRepository families,
            RefreshTokenRepository refreshTokens,
            TokenIssuer issuer,
            TokenRevocation revocation,
            AuthProperties properties) {
        this.families = families;
        this.refreshTokens = refreshTokens;
        this.issuer = issuer;
        this.revocation = revocation;
        this.refreshTtl = properties.refreshTokenTtl();
    }

    @Transactional
    public Tokens start(long userId, String role) {
        TokenFamily family =
                families.save(new TokenFamily(UUID.randomUUID().toString(), userId, role, clock.instant()));
        return next(family);
    }

    /** Rotates a refresh token. A failure still commits: a detected reuse must stay revoked. */
    @Transactional(noRollbackFor = InvalidRefreshToken.class)
    public Tokens refresh(String presented) {
        Instant now = clock.instant();
        RefreshToken token = refreshTokens.findForUpdate(hash(presented)).orElseThrow(InvalidRefreshToken::new);
        TokenFamily family = token.getFamily();
        if (token.isUsed()) {
            log.warn("Refresh token reused: revoking session {} of user {}", family.getId(), family.getUserId());
            family.revoke(now);
            revocation.evict(family.getUserId());
            throw new InvalidRefreshToken();
        }
        if (family.isRevoked()
                || token.isExpired(now)
                || revocation.isRevokedNow(family.getUserId(), family.getId(), family.getCreatedAt())) {
            throw new InvalidRefreshToken();
        }
        token.markUsed(now);
        return next(family);
    }

    /** Ends the session an access token belongs to; without a session id, every session of the user. */
    @Transactional
    public void logout(long userId, String sessionId) {
        Instant now = clock.instant();
        if (sessionId == null) {
            families.revokeAllOf(userId, now);
        } else {
            families.findById(sessionId)
                    .filter(family -> family.getUserId() == userId)
                    .ifPresent(family -> family.revoke(now));
        }
        revocation.evict(userId);
    }

    /** Hourly: drop sessions whose every refresh token has expired. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void deleteFinishedSessions() {
        Instant now = clock.instant();
        int deleted = families.deleteFinished(now.minus(refreshTtl), now);
        if (deleted > 0) {
            log.info("Deleted {} finished sessions", deleted);
        }
    }

    private Tokens next(TokenFamily family) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        refreshTokens.save(new RefreshToken(hash(value), family, now, now.plus(refreshTtl)));
        TokenIssuer.IssuedToken access = issuer.accessToken(family.getUserId(), family.getRole(), family.getId());
        return new Tokens(family.getUserId(), access, value);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** 401: unknown, expired, used or revoked — the client cannot tell which, and must log in again. */
    static class InvalidRefreshToken extends ErrorResponseException {
        InvalidRefreshToken() {
            super(
                    HttpStatus.UNAUTHORIZED,
                    ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Invalid or expired refresh token"),
                    null);
        }
    }
}
