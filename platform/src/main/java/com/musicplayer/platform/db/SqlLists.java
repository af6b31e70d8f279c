package com.musicplayer.platform.db;

import com.musicplayer.platform.web.CachedCounts;
import com.musicplayer.platform.web.ListPage;
import com.musicplayer.platform.web.ListQuery;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads a page of any list the same way: one statement for the rows — by key after the last id in
 * the default order, at an offset otherwise — and a total shared for a few seconds between requests
 * with the same filters ({@link CachedCounts}); a search counts at most {@value #SEARCH_COUNT_CAP}
 * matches, since counting every song that contains a common word costs as much as the catalog is
 * large, and is planned for its own term ({@link QueryPlans}). No transaction, no persistence context.
 */
public final class SqlLists {

    /** A search reports at most this many matches in its total (and says so). */
    public static final int SEARCH_COUNT_CAP = 1000;

    private final JdbcTemplate jdbc;
    private final CachedCounts counts;

    public SqlLists(JdbcTemplate jdbc, CachedCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    /**
     * @param from the {@code FROM} clause, joins included
     * @param columns the select list, with the values of its placeholders (e.g. the caller's id)
     * @param idOf the id of a row's item, for the {@code next} link of a list read by key
     */
    public <T> ListPage<T> page(
            String from, Sql columns, Where where, ListQuery query, RowMapper<T> rows, ToLongFunction<T> idOf) {
        List<Object> params = new ArrayList<>(columns.params());
        var sql = new StringBuilder("SELECT ")
                .append(columns.text())
                .append(" FROM ")
                .append(from)
                .append(" WHERE ")
                .append(where.sql());
        params.addAll(where.params());
        Long key = query.startKey();
        if (key != null) {
            sql.append(" AND ").append(query.keyColumn()).append(" > ?");
            params.add(key);
        }
        sql.append(" ORDER BY ").append(query.orderBy()).append(" LIMIT ? OFFSET ?");
        params.add(query.limit() + 1);
        params.add(key != null ? 0 : query.offset());
        List<T> found = jdbc.query(statement(sql.toString(), params, where.isSearch()), rows);
        boolean more = found.size() > query.limit();
        List<T> items = more ? found.subList(0, query.limit()) : found;
        long total = counts.get(List.of(from, where.sql(), where.params()), () -> count(from, where));
        boolean capped = where.isSearch() && total > SEARCH_COUNT_CAP;
        Long lastId = items.isEmpty() ? null : idOf.applyAsLong(items.get(items.size() - 1));
        return new ListPage<>(items, capped ? SEARCH_COUNT_CAP : total, capped, more, query, lastId);
    }

    /** Rows of a bounded, unpaged list (search results, a few ids), planned per term when a search. */
    public <T> List<T> list(String sql, List<Object> params, boolean search, RowMapper<T> rows) {
        return jdbc.query(statement(sql, params, search), rows);
    }

    private long count(String from, Where where) {
        List<Object> params = new ArrayList<>(where.params());
        if (!where.isSearch()) {
            return jdbc.queryForObject(
                    "SELECT count(*) FROM " + from + " WHERE " + where.sql(), Long.class, params.toArray());
        }
        params.add(SEARCH_COUNT_CAP + 1);
        String sql = "SELECT count(*) FROM (SELECT 1 FROM " + from + " WHERE " + where.sql() + " LIMIT ?) matches";
        return jdbc.query(statement(sql, params, true), (rs, row) -> rs.getLong(1))
                .get(0);
    }

    private static PreparedStatementCreator statement(String sql, List<Object> params, boolean search) {
        return connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            if (search) {
                QueryPlans.planEachExecution(statement);
            }
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            return statement;
        };
    }
}
