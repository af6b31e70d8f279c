package com.musicplayer.auth.apikey;

import com.musicplayer.platform.db.UtcTimestamp;
import com.musicplayer.platform.web.ConflictException;
import com.musicplayer.platform.web.NotFoundException;
import com.musicplayer.platform.web.Throttle;
import com.musicplayer.platform.web.TooManyRequestsException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-user API keys: created (shown once), listed (never the secret), revoked (gone at once: every
 * check reads the table), and the three Subsonic ways of signing in with one — {@code apiKey=}, {@code
 * u + t + s} (t = md5(key + s)) and {@code u + p}. Failures are limited as logins are (per account and
 * per client address, {@link Throttle}); a check reads {@code users} (owned by user-service) to find
 * the account by username or email, and says so here.
 */
@Service
@NamedInterface("api")
public class ApiKeys {

    /** Who signed in, and with which key. */
    public record Authenticated(long userId, String username, String role, long keyId) {
        public boolean isAdmin() {
            return "ADMIN".equals(role);
        }
    }

    private static final String PREFIX = "mpk_";
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);
    private static final String USER_KEYS = "SELECT k.id, k.key_ciphertext, k.key_nonce, u.id AS user_id,"
            + " u.username, u.role FROM api_keys k JOIN users u ON u.id = k.user_id";

    private final JdbcClient jdbc;
    private final ApiKeyCipher cipher;
    private final ApiKeyProperties properties;
    private final Throttle accountFailures;
    private final Throttle addressFailures;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Instant> lastUseWritten = new ConcurrentHashMap<>();

    ApiKeys(JdbcClient jdbc, ApiKeyCipher cipher, ApiKeyProperties properties) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.properties = properties;
        this.accountFailures = new Throttle(properties.failuresPerAccount(), properties.failureWindow());
        this.addressFailures = new Throttle(properties.failuresPerIp(), properties.failureWindow());
    }

    /** A new key for the user: the answer is the only time its secret is shown. 409 past the cap. */
    @Transactional
    public ApiKeyView create(long userId, String name) {
        long held = jdbc.sql("SELECT COUNT(*) FROM api_keys WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .single();
        if (held >= properties.maxPerUser()) {
            throw new ConflictException("At most " + properties.maxPerUser() + " API keys per user; revoke one first");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKeyCipher.Sealed sealed = cipher.seal(key, userId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String prefix = key.substring(0, 10);
        jdbc.sql("INSERT INTO api_keys (user_id, name, key_prefix, key_hash, key_ciphertext, key_nonce, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(userId, name, prefix, hash(key), sealed.ciphertext(), sealed.nonce(), UtcTimestamp.of(now))
                .update();
        long id = jdbc.sql("SELECT id FROM api_keys WHERE key_hash = ?")
                .param(hash(key))
                .query(Long.class)
                .single();
        return new ApiKeyView(id, name, prefix, key, now, null);
    }

    /** The user's keys, oldest first, without their secrets. */
    public List<ApiKeyView> list(long userId) {
        return jdbc.sql("SELECT id, name, key_prefix, created_at, last_used_at FROM api_keys WHERE user_id = ?"
                        + " ORDER BY id")
                .param(userId)
                .query((rs, n) -> new ApiKeyView(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("key_prefix"),
                        null,
                        UtcTimestamp.read(rs, "created_at"),
                        UtcTimestamp.read(rs, "last_used_at")))
                .list();
    }

    /** Deletes the user's key: the next request that presents it fails. 404 for another's or none. */
    public void revoke(long userId, long keyId) {
        int deleted = jdbc.sql("DELETE FROM api_keys WHERE id = ? AND user_id = ?")
                .params(keyId, userId)
                .update();
        if (deleted == 0) {
            throw new NotFoundException("API key", keyId);
        }
        lastUseWritten.remove(keyId);
    }

    /** {@code apiKey=}: the key alone names its user. */
    public Authenticated byApiKey(String apiKey, String clientAddress) {
        checkThrottle(null, clientAddress);
        Optional<Authenticated> found = jdbc.sql(USER_KEYS + " WHERE k.key_hash = ?")
                .param(hash(apiKey))
                .query((rs, n) -> new Keyed(
                        rs.getLong("id"),
                        rs.getString("key_ciphertext"),
                        rs.getString("key_nonce"),
                        rs.getLong("user_id"),
                        rs.getString("username"),
                        rs.getString("role")))
                .optional()
                .filter(row -> apiKey.equals(cipher.open(row.ciphertext(), row.nonce(), row.userId())))
                .map(Keyed::authenticated);
        if (found.isEmpty()) {
            addressFailures.record(clientAddress);
            throw new ApiKeyRejected(ApiKeyRejected.Reason.INVALID_API_KEY, "Invalid API key", 0);
        }
        return used(found.get());
    }

    /** {@code u + t + s}: t is the lower-case hex MD5 of one of the user's keys followed by the salt. */
    public Authenticated byToken(String username, String token, String salt, String clientAddress) {
        String expected = token.toLowerCase(Locale.ROOT);
        return bySecret(username, clientAddress, key -> constantTimeEquals(md5Hex(key + salt), expected));
    }

    /** {@code u + p}: p is one of the user's keys, plain or {@code enc:} followed by its UTF-8 bytes in hex. */
    public Authenticated byPassword(String username, String password, String clientAddress) {
        String plain = password;
        if (password.startsWith("enc:")) {
            try {
                plain = new String(HexFormat.of().parseHex(password.substring(4)), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notHex) {
                plain = null;
            }
        }
        String given = plain;
        return bySecret(username, clientAddress, key -> given != null && constantTimeEquals(key, given));
    }

    private Authenticated bySecret(
            String username, String clientAddress, java.util.function.Predicate<String> matches) {
        String account = username.trim().toLowerCase(Locale.ROOT);
        checkThrottle(account, clientAddress);
        // reads users (user-service's table) to find the account: by exact username, or by email
        List<Keyed> keys = jdbc.sql(USER_KEYS + " WHERE u.username = ? OR u.email = ? ORDER BY k.id")
                .params(username, account)
                .query((rs, n) -> new Keyed(
                        rs.getLong("id"),
                        rs.getString("key_ciphertext"),
                        rs.getString("key_nonce"),
                        rs.getLong("user_id"),
                        rs.getString("username"),
                        rs.getString("role")))
                .list();
        for (Keyed row : keys) {
            String key = cipher.open(row.ciphertext(), row.nonce(), row.userId());
            if (key != null && matches.test(key)) {
                return used(row.authenticated());
            }
        }
        accountFailures.record(account);
        addressFailures.record(clientAddress);
        throw new ApiKeyRejected(ApiKeyRejected.Reason.WRONG_CREDENTIALS, "Wrong username or password", 0);
    }

    private void checkThrottle(String account, String clientAddress) {
        try {
            if (account != null) {
                accountFailures.check(account);
            }
            addressFailures.check(clientAddress);
        } catch (TooManyRequestsException tooMany) {
            long seconds = Long.parseLong(tooMany.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
            throw new ApiKeyRejected(
                    ApiKeyRejected.Reason.TOO_MANY_ATTEMPTS,
                    "Too many failed attempts; try again in " + seconds + " s",
                    seconds);
        }
    }

    /** Notes the use at most once a minute per key, so that signing in is a read, not a write. */
    private Authenticated used(Authenticated who) {
        Instant now = Instant.now();
        Instant written = lastUseWritten.get(who.keyId());
        if (written == null || written.plus(LAST_USED_GRANULARITY).isBefore(now)) {
            lastUseWritten.put(who.keyId(), now);
            jdbc.sql("UPDATE api_keys SET last_used_at = ? WHERE id = ?")
                    .params(UtcTimestamp.of(now.truncatedTo(ChronoUnit.MICROS)), who.keyId())
                    .update();
        }
        return who;
    }

    private record Keyed(long keyId, String ciphertext, String nonce, long userId, String username, String role) {
        Authenticated authenticated() {
            return new Authenticated(userId, username, role, keyId);
        }
    }

    static String hash(String key) {
        return HexFormat.of().formatHex(digest("SHA-256", key));
    }

    static String md5Hex(String text) {
        return HexFormat.of().formatHex(digest("MD5", text));
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
