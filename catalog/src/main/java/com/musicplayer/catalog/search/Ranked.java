package com.musicplayer.catalog.search;

import com.musicplayer.platform.db.Sql;
import com.musicplayer.platform.db.SqlLists;
import com.musicplayer.platform.web.SearchTerms;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;

/**
 * Best matches of a term in one name column, in ranks: the whole name, then names that start with
 * the term, then names with a word that starts with it, then names that merely contain it. Each rank
 * is its own statement, bounded by what is left of the limit, and a rank is only read when the ones
 * before it did not fill the list: the first two are index range scans (PostgreSQL: V7), so a
 * common word costs no more than a rare one. Within a rank, prefix matches go alphabetically,
 * the others by id (the order an index gives without sorting every match).
 */
final class Ranked<T> {

    private final String from;
    private final String column;
    private final Sql columns;
    private final String id;
    private final RowMapper<T> rows;

    /**
     * @param from the table and its alias, e.g. {@code songs s}
     * @param column the name column searched, e.g. {@code s.title}
     * @param id the id column, the order within the unsorted ranks
     */
    Ranked(String from, String column, String id, Sql columns, RowMapper<T> rows) {
        this.from = from;
        this.column = column;
        this.id = id;
        this.columns = columns;
        this.rows = rows;
    }

    List<T> find(SqlLists lists, String q, int limit) {
        String term = SearchTerms.exact(q);
        String escaped = term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        String name = "lower(" + column + ")";
        String prefix = escaped + "%";
        String word = "% " + escaped + "%";
        List<T> found = new ArrayList<>();
        rank(lists, found, limit, name + " = ?", id, term);
        rank(lists, found, limit, name + " LIKE ? ESCAPE '!' AND " + name + " <> ?", name + ", " + id, prefix, term);
        rank(lists, found, limit, name + " LIKE ? ESCAPE '!' AND " + name + " NOT LIKE ? ESCAPE '!'", id, word, prefix);
        rank(
                lists,
                found,
                limit,
                name + " LIKE ? ESCAPE '!' AND " + name + " NOT LIKE ? ESCAPE '!' AND " + name
                        + " NOT LIKE ? ESCAPE '!'",
                id,
                "%" + escaped + "%",
                prefix,
                word);
        return found;
    }

    private void rank(SqlLists lists, List<T> found, int limit, String where, String orderBy, Object... values) {
        int left = limit - found.size();
        if (left <= 0) {
            return;
        }
        List<Object> params = new ArrayList<>(columns.params());
        params.addAll(List.of(values));
        params.add(left);
        String sql =
                "SELECT " + columns.text() + " FROM " + from + " WHERE " + where + " ORDER BY " + orderBy + " LIMIT ?";
        found.addAll(lists.list(sql, params, true, rows));
    }
}
