package com.musicplayer.platform.web;

/**
 * The page of a list a request asks for, checked: how many items, the order as SQL, and where the
 * page starts — at an {@code offset}, or by key {@code after} an id. A list in its default order
 * (by id) is read by key from its first page on, and its {@code next} link continues by key, so a
 * page deep in the list costs what the first one does; other orders page by offset.
 *
 * @param orderBy the {@code ORDER BY} list, ending with the id so that pages never overlap
 * @param keyColumn the id column when this list pages by key (its order is by id alone), else null
 * @param after the id this page starts after (by key), or null
 */
public record ListQuery(int limit, long offset, Long after, String orderBy, String keyColumn) {

    /**
     * For a list that has one natural order (an album's track order, newest like first): {@code
     * sort} and {@code after} are refused with 400 rather than silently ignored.
     *
     * @param order how the list is always ordered, as the 400 names it
     * @param orderBy that order as SQL
     */
    public static ListQuery fixed(PageParams page, String order, String orderBy) {
        if (page.sort() != null && !page.sort().isBlank()) {
            throw new BadRequestException("This list is always in " + order + "; 'sort' is not supported");
        }
        if (page.after() != null) {
            throw new BadRequestException("This list is always in " + order + "; page it by 'offset'");
        }
        return new ListQuery(page.limitOrDefault(), page.offsetOrDefault(), null, orderBy, null);
    }

    /** Whether this list pages by key: its order is by id alone. */
    public boolean byKey() {
        return keyColumn != null;
    }

    /** The key this page starts after, when it is read by key: the request's, or 0 on a first page. */
    public Long startKey() {
        if (!byKey() || offset > 0) {
            return null;
        }
        return after == null ? 0L : after;
    }
}
