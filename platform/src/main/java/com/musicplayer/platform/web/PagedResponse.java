package com.musicplayer.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page as every list of the API returns it: a bare JSON array (seed-compatible), the total in
 * {@code X-Total-Count} ({@code X-Total-Count-Capped: true} when it is only a search's cap), and
 * RFC 8288 {@code Link} headers. A list read by key links its {@code next} page by key ({@code
 * after} the last id), whatever page this was, so a client walking the list never pays for skipping
 * rows; {@code prev} (by offset) only for a page asked for by offset.
 */
public final class PagedResponse {

    public static final String TOTAL_COUNT = "X-Total-Count";

    /** Set when {@code X-Total-Count} is a lower bound: the list counted only that many matches. */
    public static final String TOTAL_CAPPED = "X-Total-Count-Capped";

    /** The query parameter of a keyset page: the id the page starts after. */
    public static final String AFTER = "after";

    private static final String OFFSET = "offset";

    private PagedResponse() {}

    public static <R> ResponseEntity<List<R>> of(ListPage<R> page) {
        ListQuery query = page.query();
        List<String> links = new ArrayList<>();
        if (page.more()) {
            if (query.byKey() && page.lastId() != null) {
                links.add(link(AFTER, page.lastId(), query.limit(), "next"));
            } else {
                links.add(link(OFFSET, query.offset() + query.limit(), query.limit(), "next"));
            }
        }
        if (query.after() == null && query.offset() > 0) {
            links.add(link(OFFSET, Math.max(0, query.offset() - query.limit()), query.limit(), "prev"));
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(page.total()));
        if (page.capped()) {
            response.header(TOTAL_CAPPED, "true");
        }
        if (!links.isEmpty()) {
            response.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return response.body(page.items());
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
