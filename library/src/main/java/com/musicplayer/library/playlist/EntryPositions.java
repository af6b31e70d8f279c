package com.musicplayer.library.playlist;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Renumbering a playlist's entries (the caller holds the playlist's row lock). Positions are the
 * primary key, and PostgreSQL, MariaDB and H2 check it row by row during an {@code UPDATE}, so
 * shifting a range by one in place could collide with itself. Every renumbering therefore takes two
 * statements: the affected window moves up by {@link #OFFSET}, far above the cap, where nothing
 * else is, then down to its new places, which the first step emptied. Only the window is touched:
 * moving three entries near the end of a 10,000-entry playlist updates those rows and the few
 * between, in the same number of statements as in a playlist of ten.
 */
@Component
class EntryPositions {

    /** Far above any real position (the cap is 10,000), within an INTEGER. */
    static final int OFFSET = 1_000_000;

    private final JdbcClient jdbc;

    EntryPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the entries at positions [from, to] by {@code by}; two statements. */
    void shift(long playlistId, int from, int to, int by) {
        if (from > to || by == 0) {
            return;
        }
        park(playlistId, from, to);
        jdbc.sql("UPDATE playlist_entries SET position = position - ? WHERE playlist_id = ? AND position > ?")
                .params(OFFSET - by, playlistId, OFFSET)
                .update();
    }

    /**
     * Moves the {@code count} entries starting at {@code from} to start at {@code to}; the entries
     * between close up behind them. Two statements, touching only the window between the two places.
     */
    void move(long playlistId, int from, int count, int to) {
        if (from == to) {
            return;
        }
        int low = Math.min(from, to);
        int high = Math.max(from, to) + count - 1;
        park(playlistId, low, high);
        int others = to < from ? count : -count;
        jdbc.sql("""
                        UPDATE playlist_entries SET position = position - ? + CASE
                            WHEN position >= ? AND position <= ? THEN CAST(? AS INTEGER)
                            ELSE CAST(? AS INTEGER) END
                        WHERE playlist_id = ? AND position > ?""")
                .params(OFFSET, OFFSET + from, OFFSET + from + count - 1, to - from, others, playlistId, OFFSET)
                .update();
    }

    /**
     * Closes the gaps that removed {@code positions} left: every entry after the first gap moves down
     * by the number of gaps before it. Two statements; the second has one branch per run of adjacent
     * removed positions.
     */
    void closeGaps(long playlistId, SortedSet<Integer> positions) {
        if (positions.isEmpty()) {
            return;
        }
        park(playlistId, positions.first() + 1, Integer.MAX_VALUE - OFFSET);
        // runs of removed positions, last first: an entry after run r moves down by all removed up to r's end
        List<int[]> runs = new ArrayList<>();
        int removed = 0;
        Integer runEnd = null;
        for (int position : positions) {
            removed++;
            if (runEnd != null && position == runEnd + 1) {
                runs.get(runs.size() - 1)[0] = position;
                runs.get(runs.size() - 1)[1] = removed;
            } else {
                runs.add(new int[] {position, removed});
            }
            runEnd = position;
        }
        StringBuilder sql = new StringBuilder("UPDATE playlist_entries SET position = position - ? - CASE");
        List<Object> params = new ArrayList<>();
        params.add(OFFSET);
        for (int i = runs.size() - 1; i >= 0; i--) {
            sql.append(" WHEN position > ? THEN CAST(? AS INTEGER)");
            params.add(OFFSET + runs.get(i)[0]);
            params.add(runs.get(i)[1]);
        }
        sql.append(" ELSE 0 END WHERE playlist_id = ? AND position > ?");
        params.add(playlistId);
        params.add(OFFSET);
        jdbc.sql(sql.toString()).params(params).update();
    }

    private void park(long playlistId, int from, int to) {
        jdbc.sql(
                        "UPDATE playlist_entries SET position = position + ? WHERE playlist_id = ? AND position >= ? AND position <= ?")
                .params(OFFSET, playlistId, from, to)
                .update();
    }
}
