package com.musicplayer.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Caps request bodies ({@code musicplayer.limits.max-body-size}, 1 MB): a declared length over
 * the cap is refused with 413 before anything reads it, and a chunked body is cut off (413) as soon
 * as it passes the cap. No JSON request of this API comes near it.
 */
public class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxUploadBytes;
    private final List<PathPattern> uploadPaths;
    private final ProblemResponses problems;

    public RequestBodyLimit(LimitsProperties limits, ProblemResponses problems) {
        this.maxBytes = limits.maxBodySize().toBytes();
        this.maxUploadBytes = limits.maxUploadSize().toBytes();
        this.uploadPaths = limits.uploadPaths().stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = isUpload(request) ? maxUploadBytes : maxBytes;
        if (request.getContentLengthLong() > max) {
            problems.write(response, tooLarge(request, max));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, max) : request, response);
    }

    private boolean isUpload(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return uploadPaths.stream().anyMatch(pattern -> pattern.matches(path));
    }

    static org.springframework.http.ProblemDetail tooLarge(HttpServletRequest request, long max) {
        return ProblemResponses.problem(
                HttpStatus.CONTENT_TOO_LARGE, "Request body is larger than " + max + " bytes", request);
    }

    /** Thrown by a body read past the cap; mapped to 413. */
    public static class BodyTooLargeException extends IOException {
        BodyTooLargeException(long max) {
            super("Request body is larger than " + max + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > max) {
                        throw new BodyTooLargeException(max);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > max) {
                        throw new BodyTooLargeException(max);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
