package com.musicplayer.mediaservice.stream;

import com.musicplayer.media.stream.StreamUrls;
import com.musicplayer.platform.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Who streams: the caller of a valid bearer token (checked by the resource server before this
 * runs: a bad token is a 401 there), or else the user a signed URL names (403 when the signature
 * does not hold). Neither → 401. Tokens in the query string are still refused: only the
 * {@code Authorization} header carries one.
 */
@Component
class StreamAccess {

    private final StreamUrls urls;

    StreamAccess(StreamUrls urls) {
        this.urls = urls;
    }

    long userOf(long songId, Caller caller, StreamUrls.Signature signature, String format, Integer maxBitrate) {
        if (caller != null) {
            return caller.userId();
        }
        if (signature.present()) {
            return urls.verify(songId, signature, format, maxBitrate);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        throw new ErrorResponseException(
                HttpStatus.UNAUTHORIZED,
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.UNAUTHORIZED,
                        "Not authenticated: a bearer token or a signed stream URL (GET /songs/" + songId
                                + "/stream-url) is required"),
                null) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
