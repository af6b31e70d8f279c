package com.musicplayer.platform.db;

import com.musicplayer.platform.web.SearchTerms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The conditions of a list's filters as SQL, naming only the filters that were given, so that
 * each combination gets its own plan. A blank filter value is no condition.
 */
public final class Where {

    private final StringBuilder sql = new StringBuilder("1 = 1");
    private final List<Object> params = new ArrayList<>();
    private boolean search;

    public static Where all() {
        return new Where();
    }

    /** {@code lower(column) = } the value in lower case ({@link SearchTerms#exact}). */
    public Where sameText(String column, String value) {
        String term = SearchTerms.exact(value);
        return term == null ? this : and("lower(" + column + ") = ?", term);
    }

    /** {@code column = value}; a null value is no condition. */
    public Where equal(String column, Object value) {
        return value == null ? this : and(column + " = ?", value);
    }

    /**
     * Any of the columns contains {@code q}, in any case ({@link SearchTerms#contains}): a search,
     * whose statements are planned for their own term ({@link QueryPlans}) and whose total is capped.
     */
    public Where contains(String q, String... columns) {
        String pattern = SearchTerms.contains(q);
        if (pattern == null) {
            return this;
        }
        search = true;
        var any = new StringBuilder("(");
        for (String column : columns) {
            any.append(any.length() > 1 ? " OR " : "")
                    .append("lower(")
                    .append(column)
                    .append(") LIKE ? ESCAPE '!'");
            params.add(pattern);
        }
        sql.append(" AND ").append(any).append(')');
        return this;
    }

    /** Any other condition, with the values of its placeholders. */
    public Where and(String condition, Object... values) {
        sql.append(" AND ").append(condition);
        params.addAll(Arrays.asList(values));
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public List<Object> params() {
        return params;
    }

    public boolean isSearch() {
        return search;
    }
}
