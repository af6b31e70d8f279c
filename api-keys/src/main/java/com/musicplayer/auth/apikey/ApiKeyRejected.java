package com.musicplayer.auth.apikey;

import org.springframework.modulith.NamedInterface;

/** A sign-in with an API key that did not hold: which kind, for the Subsonic error code. */
@NamedInterface("api")
public class ApiKeyRejected extends RuntimeException {

    public enum Reason {
        /** user and token or password do not match (Subsonic 40) */
        WRONG_CREDENTIALS,
        /** no such key (Subsonic 44) */
        INVALID_API_KEY,
        /** too many failures for the account or the address: wait {@link #retryAfterSeconds()} */
        TOO_MANY_ATTEMPTS
    }

    private final Reason reason;
    private final long retryAfterSeconds;

    ApiKeyRejected(Reason reason, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
