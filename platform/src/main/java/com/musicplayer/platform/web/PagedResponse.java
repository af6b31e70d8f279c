package com.musicplayer.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page as the API returns it: a bare JSON array (seed-compatible), the total in
 * {@code X-Total-Count}, and RFC 8288 {@code Link} headers to the next and previous pages.
 */
public final class PagedResponse {

    public static final String TOTAL_COUNT = "X-Total-Count";

    /** Set when {@code X-Total-Count} is a lower bound: the list counted only that many matches. */
    public static final String TOTAL_CAPPED = "X-Total-Count-Capped";

    /** The query parameter of a keyset page: the id the page starts after. */
    public static final String AFTER = "after";

    private static final String OFFSET = "offset";

    private PagedResponse() {}

    public static <E, R> ResponseEntity<List<R>> of(Page<E> page, Function<E, R> mapper) {
        return of(
                page.map(mapper::apply).getContent(),
                page.getTotalElements(),
                page.getPageable().getOffset(),
                page.getPageable().getPageSize());
    }

    public static <R> ResponseEntity<List<R>> of(List<R> items, long total, long offset, int limit) {
        return of(items, total, offset + limit < total, offset, limit);
    }

    /** @param more whether items follow this page (when the total may be capped or stale) */
    public static <R> ResponseEntity<List<R>> of(List<R> items, long total, boolean more, long offset, int limit) {
        List<String> links = new ArrayList<>();
        if (more) {
            links.add(link(OFFSET, offset + limit, limit, "next"));
        }
        if (offset > 0) {
            links.add(link(OFFSET, Math.max(0, offset - limit), limit, "prev"));
        }
        return respond(items, total, links);
    }

    /**
     * A page of a list in id order, which pages by key: {@code next} continues after the last id
     * ({@code after=}), whatever page this was, so that a client walking the list never pays for
     * skipping rows. {@code prev} (by offset) only for a page that was asked for by offset.
     *
     * @param lastId the last item's id, or null for an empty page
     * @param more whether items follow this page
     * @param offset the request's offset, or null when it gave {@code after}
     */
    public static <R> ResponseEntity<List<R>> keyset(
            List<R> items, long total, Long lastId, boolean more, Long offset, int limit) {
        List<String> links = new ArrayList<>();
        if (more && lastId != null) {
            links.add(link(AFTER, lastId, limit, "next"));
        }
        if (offset != null && offset > 0) {
            links.add(link(OFFSET, Math.max(0, offset - limit), limit, "prev"));
        }
        return respond(items, total, links);
    }

    /** The same response, marked: its {@code X-Total-Count} is a cap, not the total. */
    public static <R> ResponseEntity<List<R>> withCappedTotal(ResponseEntity<List<R>> response) {
        return ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .header(TOTAL_CAPPED, "true")
                .body(response.getBody());
    }

    private static <R> ResponseEntity<List<R>> respond(List<R> items, long total, List<String> links) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(total));
        if (!links.isEmpty()) {
            response.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return response.body(items);
    }

    /** This request's URI paged by {@code by} ({@code offset} or {@code after}) = {@code value}. */
    private static String link(String by, long value, int limit, String rel) {
        String uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(OFFSET.equals(by) ? AFTER : OFFSET)
                .replaceQueryParam(by, value)
                .replaceQueryParam("limit", limit)
                .build()
                .toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
