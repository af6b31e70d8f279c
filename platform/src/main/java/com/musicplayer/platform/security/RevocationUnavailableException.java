package com.musicplayer.platform.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Whether a token has been revoked cannot be told: the database is unreachable. The request is
 * refused with 503 ({@link ProblemAuthenticationEntryPoint}), never let through on a guess. An
 * {@link AuthenticationException}, so that Spring Security hands it to the entry point; not an
 * {@code AuthenticationServiceException}, which the bearer-token filter would rethrow as a 500.
 */
public class RevocationUnavailableException extends AuthenticationException {

    public RevocationUnavailableException(Throwable cause) {
        super("The database is unavailable, try again shortly", cause);
    }
}
