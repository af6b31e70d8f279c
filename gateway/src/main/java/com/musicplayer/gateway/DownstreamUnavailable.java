package com.musicplayer.gateway;

import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A service the gateway could not reach (down, refusing connections, not answering in time): the
 * client gets a 503 problem naming the service, never a 500 with a stack trace, and may retry.
 */
final class DownstreamUnavailable {

    private DownstreamUnavailable() {}

    static boolean matches(Throwable error) {
        return error instanceof ResourceAccessException || error.getCause() instanceof IOException;
    }

    static ServerResponse problem(String service) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, service + " is not available; try again shortly");
        problem.setType(URI.create("about:blank"));
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", "5")
                .body(problem);
    }
}
