package com.musicplayer.media.stream;

import com.musicplayer.media.MediaProperties;
import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.security.TokenRevocation;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signed stream URLs (DESIGN §9), for players that cannot send an {@code Authorization} header
 * ({@code <audio>}, casting): {@code /songs/{id}/stream?exp=…&uid=…&sig=…}. The signature is
 * HMAC-SHA256, by media-service's own key ({@link StreamKey}), over the song, the user, the expiry and
 * the transcoding asked for ({@code format}, {@code max_bitrate}); {@code time_offset} is not signed,
 * so a player can seek a transcoded stream. Anything altered, an expired URL, or one whose user has
 * been removed or signed out everywhere since ({@link TokenRevocation}) → 403.
 */
@Service
@NamedInterface("api")
public class StreamUrls {

    /** A URL handed out: origin-relative, and when it stops working. */
    @NamedInterface("api")
    public record Signed(String url, Instant expiresAt) {}

    /** What a signed URL's query carries. */
    @NamedInterface("api")
    public record Signature(Long exp, Long uid, String sig) {
        public boolean present() {
            return exp != null || uid != null || sig != null;
        }
    }

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;
    private final TokenRevocation revocation;

    StreamUrls(MediaProperties properties, DataDirectoryProperties data, TokenRevocation revocation) {
        this.key = new SecretKeySpec(StreamKey.load(properties.streamKey(), data.dataDir()), ALGORITHM);
        this.ttl = properties.streamUrlTtl();
        this.clock = Clock.systemUTC();
        this.revocation = revocation;
    }

    /** A URL that lets {@code userId} stream {@code songId} (transcoded as asked) until it expires. */
    public Signed sign(long songId, long userId, String format, Integer maxBitrate) {
        Instant expires = clock.instant().plus(ttl).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long exp = expires.getEpochSecond();
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/songs/{id}/stream");
        if (format != null) {
            url.queryParam("format", format);
        }
        if (maxBitrate != null) {
            url.queryParam("max_bitrate", maxBitrate);
        }
        url.queryParam("exp", exp)
                .queryParam("uid", userId)
                .queryParam("sig", mac(songId, userId, exp, format, maxBitrate));
        return new Signed(url.buildAndExpand(songId).toUriString(), expires);
    }

    /**
     * The user a signed request streams as; 403 when the signature does not match this song and
     * these parameters, or the URL has expired.
     */
    public long verify(long songId, Signature signature, String format, Integer maxBitrate) {
        if (signature.exp() == null || signature.uid() == null || signature.sig() == null) {
            throw forbidden("A signed stream URL needs exp, uid and sig");
        }
        String expected = mac(songId, signature.uid(), signature.exp(), format, maxBitrate);
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), signature.sig().getBytes(StandardCharsets.US_ASCII))) {
            throw forbidden("The stream URL's signature does not match: it was altered or is for another song");
        }
        if (clock.instant().getEpochSecond() >= signature.exp()) {
            throw forbidden("The stream URL has expired; ask for a new one at /songs/" + songId + "/stream-url");
        }
        // revoked like the token it was asked with: the user is gone, or signed out everywhere since
        // (a URL's issue time is its expiry less the lifetime URLs are given)
        Instant issued = Instant.ofEpochSecond(signature.exp()).minus(ttl);
        if (revocation.isRevoked(signature.uid(), null, issued)) {
            throw forbidden("The stream URL's user may no longer stream: signed out or removed since");
        }
        return signature.uid();
    }

    private String mac(long songId, long userId, long exp, String format, Integer maxBitrate) {
        String data = "v1\n" + songId + "\n" + userId + "\n" + exp + "\n" + (format == null ? "" : format) + "\n"
                + (maxBitrate == null ? "" : maxBitrate);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static ErrorResponseException forbidden(String detail) {
        return new ErrorResponseException(
                HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail), null);
    }
}
