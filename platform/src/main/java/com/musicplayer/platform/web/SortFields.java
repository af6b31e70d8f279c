package com.musicplayer.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields a list may be sorted by, as the API names them (snake_case), mapped to SQL columns.
 * Every order ends with the id, so that pages never overlap or skip.
 */
public final class SortFields {

    private final String idColumn;
    private final Map<String, String> columns;

    private SortFields(String idColumn, Map<String, String> columns) {
        this.idColumn = idColumn;
        this.columns = columns;
    }

    /**
     * @param idColumn the list's id column (its default order), e.g. {@code s.id}
     * @param apiToColumn pairs: api name, SQL column, api name, SQL column …
     */
    public static SortFields of(String idColumn, String... apiToColumn) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < apiToColumn.length; i += 2) {
            map.put(apiToColumn[i], apiToColumn[i + 1]);
        }
        return new SortFields(idColumn, map);
    }

    /**
     * The page {@code page} asks for: 400 for an unknown sort field, for {@code after} with another
     * order than the default, and for {@code after} together with {@code offset}.
     */
    public ListQuery query(PageParams page) {
        String orderBy = orderBy(page.sort());
        boolean byId = orderBy.equals(idColumn + " ASC");
        if (page.after() != null && !byId) {
            throw new BadRequestException("'after' pages in the default order (by id); with 'sort', page by 'offset'");
        }
        if (page.after() != null && page.offsetOrDefault() > 0) {
            throw new BadRequestException("Give either 'after' or 'offset', not both");
        }
        return new ListQuery(
                page.limitOrDefault(), page.offsetOrDefault(), page.after(), orderBy, byId ? idColumn : null);
    }

    private String orderBy(String sort) {
        if (sort == null || sort.isBlank()) {
            return idColumn + " ASC";
        }
        var orderBy = new StringBuilder();
        boolean hasId = false;
        for (String token : sort.split(",")) {
            boolean desc = token.startsWith("-");
            String name = desc ? token.substring(1) : token;
            String column = "id".equals(name) ? idColumn : columns.get(name);
            if (column == null) {
                throw new BadRequestException(
                        "Cannot sort by '" + name + "'; allowed: " + String.join(", ", columns.keySet()));
            }
            hasId |= column.equals(idColumn);
            orderBy.append(orderBy.isEmpty() ? "" : ", ").append(column).append(desc ? " DESC" : " ASC");
        }
        if (!hasId) {
            orderBy.append(", ").append(idColumn).append(" ASC");
        }
        return orderBy.toString();
    }
}
