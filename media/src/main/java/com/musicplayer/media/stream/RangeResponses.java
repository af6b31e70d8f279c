package com.musicplayer.media.stream;

import com.musicplayer.platform.web.ProblemResponses;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Sends {@link Content} with the HTTP semantics of RFC 9110 a player relies on: {@code Accept-Ranges},
 * one range (206 + {@code Content-Range}), several ({@code multipart/byteranges}), none satisfiable
 * (416 + {@code Content-Range: bytes *}{@code /size}), a strong {@code ETag} and {@code Last-Modified}
 * with {@code If-None-Match}/{@code If-Modified-Since} (304) and {@code If-Range}. Ranges are parsed
 * by Spring's {@link HttpRange}; a {@code Range} it cannot parse is ignored (the whole content, as
 * RFC 9110 allows), and so are several ranges that add up to more than the content (overlap abuse).
 *
 * <p>A local file in one piece — the whole file or one range, the requests players make — is not
 * copied by Java at all: the response carries Tomcat's sendfile attributes and Tomcat hands the
 * file region to the kernel ({@code sendfile(2)}, via {@code FileChannel.transferTo}) once the
 * handler returns. Everything else (S3, several ranges) is copied from a ranged read.
 */
@Component
@NamedInterface("api")
public class RangeResponses {

    // Tomcat's names (org.apache.catalina.Globals): whether the connector can sendfile, and what to send
    public static final String SENDFILE_SUPPORTED = "org.apache.tomcat.sendfile.support";
    public static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";
    public static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    public static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

    private record Segment(long start, long end) {
        long length() {
            return end - start + 1;
        }
    }

    private final ProblemResponses problems;

    RangeResponses(ProblemResponses problems) {
        this.problems = problems;
    }

    public void send(Content content, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.ETAG, content.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, content.lastModified().toEpochMilli());
        // a player may keep it, but asks again (If-None-Match → 304) before using it
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        if (new ServletWebRequest(request, response)
                .checkNotModified(content.etag(), content.lastModified().toEpochMilli())) {
            return; // 304 (or 412 for a failed If-Match), headers set by Spring
        }
        List<Segment> segments = requestedSegments(content, request);
        if (segments == null) {
            whole(content, request, response);
        } else if (segments.isEmpty()) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + content.size());
            var problem = ProblemResponses.problem(
                    HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                    "The range is outside the content (" + content.size() + " bytes)",
                    request);
            if (isHead(request)) {
                response.setStatus(problem.getStatus());
            } else {
                problems.write(response, problem);
            }
        } else if (segments.size() == 1) {
            Segment segment = segments.get(0);
            response.setStatus(HttpStatus.PARTIAL_CONTENT.value());
            response.setHeader(
                    HttpHeaders.CONTENT_RANGE, "bytes " + segment.start() + "-" + segment.end() + "/" + content.size());
            response.setContentType(content.contentType());
            response.setContentLengthLong(segment.length());
            body(content, segment, request, response);
        } else {
            multipart(content, segments, request, response);
        }
    }

    /**
     * null: send the whole content (no Range, an unparseable one, a stale If-Range, or an abusive
     * set); empty: nothing satisfiable (416); else the ranges to send, in the order asked.
     */
    private static List<Segment> requestedSegments(Content content, HttpServletRequest request) {
        String range = request.getHeader(HttpHeaders.RANGE);
        if (range == null || !ifRangeHolds(content, request.getHeader(HttpHeaders.IF_RANGE))) {
            return null;
        }
        List<HttpRange> ranges;
        try {
            ranges = HttpRange.parseRanges(range);
        } catch (IllegalArgumentException unparseable) {
            return null;
        }
        if (ranges.isEmpty()) {
            return null;
        }
        List<Segment> segments = new ArrayList<>();
        long total = 0;
        for (HttpRange each : ranges) {
            Segment segment = resolve(each, content.size());
            if (segment != null) {
                segments.add(segment);
                total += segment.length();
            }
        }
        if (segments.size() > 1 && total > content.size()) {
            return null;
        }
        return segments;
    }

    /** The range against the content's size; null when it is not satisfiable. */
    private static Segment resolve(HttpRange range, long size) {
        if (size == 0) {
            return null;
        }
        long start;
        long end;
        try {
            start = range.getRangeStart(size);
            end = range.getRangeEnd(size);
        } catch (IllegalArgumentException unsatisfiable) {
            return null;
        }
        // a start past the end, and "bytes=-0" (no bytes), are not satisfiable (RFC 9110 §14.1.1)
        if (start >= size || end < start) {
            return null;
        }
        return new Segment(start, end);
    }

    /**
     * If-Range: the range applies only while the client's copy is current — a strong ETag equal to
     * ours, or exactly our Last-Modified date; anything else (a weak or stale tag) → the whole content.
     */
    private static boolean ifRangeHolds(Content content, String ifRange) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.trim();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return value.equals(content.etag());
        }
        try {
            Instant date = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value));
            return date.getEpochSecond() == content.lastModified().getEpochSecond();
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private void whole(Content content, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(content.contentType());
        response.setContentLengthLong(content.size());
        if (content.size() > 0) {
            body(content, new Segment(0, content.size() - 1), request, response);
        }
    }

    private static void body(Content content, Segment segment, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (isHead(request)) {
            return;
        }
        if (content.file() != null && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORTED))) {
            // zero-copy: Tomcat sends [start, end) of the file with sendfile(2) after this handler returns
            request.setAttribute(SENDFILE_FILENAME, content.file().toString());
            request.setAttribute(SENDFILE_START, segment.start());
            request.setAttribute(SENDFILE_END, segment.end() + 1);
            return;
        }
        try (InputStream in = content.ranged().open(segment.start(), segment.length())) {
            in.transferTo(response.getOutputStream());
        }
    }

    /** RFC 9110 §14.6: one part per range, each with its own Content-Type and Content-Range. */
    private static void multipart(
            Content content, List<Segment> segments, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String boundary = UUID.randomUUID().toString().replace("-", "");
        List<byte[]> heads = new ArrayList<>();
        long length = 0;
        for (Segment segment : segments) {
            byte[] head = ("--" + boundary + "\r\nContent-Type: " + content.contentType() + "\r\nContent-Range: bytes "
                            + segment.start() + "-" + segment.end() + "/" + content.size() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            heads.add(head);
            length += head.length + segment.length() + 2;
        }
        byte[] tail = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        length += tail.length;
        response.setStatus(HttpStatus.PARTIAL_CONTENT.value());
        response.setContentType("multipart/byteranges; boundary=" + boundary);
        response.setContentLengthLong(length);
        if (isHead(request)) {
            return;
        }
        ServletOutputStream out = response.getOutputStream();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            out.write(heads.get(i));
            try (InputStream in = content.ranged().open(segment.start(), segment.length())) {
                in.transferTo(out);
            }
            out.write('\r');
            out.write('\n');
        }
        out.write(tail);
    }

    private static boolean isHead(HttpServletRequest request) {
        return HttpMethod.HEAD.matches(request.getMethod());
    }
}
