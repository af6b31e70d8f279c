package com.musicplayer.platform.security;

import com.musicplayer.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as problem+json, with the {@code WWW-Authenticate: Bearer} header of RFC 6750; 503 when the
 * token could not be checked because the database is down (the token may be fine: retry later).
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        if (ex instanceof RevocationUnavailableException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problems.write(
                    response, ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage(), request));
            return;
        }
        bearer.commence(request, response, ex);
        String detail = ex instanceof InvalidBearerTokenException || request.getHeader("Authorization") != null
                ? "Invalid or expired token"
                : "Not authenticated: a bearer token is required";
        problems.write(response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, detail, request));
    }
}
