package com.musicplayer.library.playlist;

import com.musicplayer.catalog.song.SongView;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.platform.db.Sql;
import com.musicplayer.platform.db.UtcTimestamp;
import com.musicplayer.platform.security.Caller;
import com.musicplayer.platform.web.ListPage;
import com.musicplayer.platform.web.ListQuery;
import com.musicplayer.platform.web.PageParams;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TimeZone;
import java.util.TreeSet;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A playlist's songs in order: positions 1..n without gaps after every insert, removal and move; a
 * song may appear more than once; at most {@link Playlists#MAX_ENTRIES}. Only the owner changes
 * them. Each change locks the playlist row first (so concurrent changes run one after another,
 * {@code If-Match} or not), checks everything before writing (a refused change writes nothing), and
 * costs a fixed number of statements whatever the playlist's length ({@link EntryPositions}).
 */
@Service
@NamedInterface("api")
public class PlaylistEntries {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final PlaylistRows rows;
    private final EntryPositions positions;
    private final Songs songs;

    PlaylistEntries(JdbcClient jdbc, JdbcTemplate template, PlaylistRows rows, EntryPositions positions, Songs songs) {
        this.jdbc = jdbc;
        this.songs = songs;
        this.template = template;
        this.rows = rows;
        this.positions = positions;
    }

    /**
     * A page of the playlist's songs in order. Positions are 1..n, so a page is a range of the
     * primary key ({@code offset + 1} to {@code offset + limit}), however deep; then the page's songs
     * as the catalog shows them: three statements (the playlist, its entries, their songs) for any
     * page, and the total is the playlist's {@code song_count}.
     */
    public ListPage<PlaylistEntryView> songs(long id, Caller caller, PageParams page) {
        PlaylistView playlist = rows.readable(id, caller);
        ListQuery query = ListQuery.fixed(page, "playlist order", "e.position");
        long first = query.offset() + 1;
        long last = Math.min(query.offset() + query.limit(), Integer.MAX_VALUE);
        record Entry(int position, long songId, Instant addedAt) {}
        List<Entry> entries = jdbc.sql("SELECT e.position, e.song_id, e.added_at FROM playlist_entries e"
                        + " WHERE e.playlist_id = ? AND e.position >= ? AND e.position <= ? ORDER BY e.position")
                .params(id, first, last)
                .query((rs, row) ->
                        new Entry(rs.getInt("position"), rs.getLong("song_id"), UtcTimestamp.read(rs, "added_at")))
                .list();
        Map<Long, SongView> views = new HashMap<>();
        songs.views(entries.stream().map(Entry::songId).distinct().toList(), caller.userId())
                .forEach(view -> views.put(view.id(), view));
        List<PlaylistEntryView> items = entries.stream()
                .filter(entry -> views.containsKey(entry.songId()))
                .map(entry -> new PlaylistEntryView(entry.position(), entry.addedAt(), views.get(entry.songId())))
                .toList();
        boolean more = last < playlist.songCount();
        return new ListPage<>(items, playlist.songCount(), false, more, query, null);
    }

    /**
     * Inserts the songs, in the given order, at {@code position} (default: after the last; at most
     * one past the end). Unknown songs (422) or passing the cap (409) add nothing.
     */
    @Transactional
    public PlaylistView add(long id, Caller caller, IfMatch ifMatch, PlaylistRequests.AddSongs request) {
        PlaylistView playlist = rows.lockForWrite(id, caller, ifMatch, PlaylistRows.Access.OWNER);
        List<Long> songIds = request.songIds();
        int count = playlist.songCount();
        if (count + songIds.size() > Playlists.MAX_ENTRIES) {
            throw PlaylistProblems.full(id, count, songIds.size());
        }
        int at = request.position() == null ? count + 1 : request.position();
        if (at > count + 1) {
            throw PlaylistProblems.invalid("position", "must be at most " + (count + 1) + " (one past the last song)");
        }
        Map<Long, Integer> durations = durations(new LinkedHashSet<>(songIds));
        List<Long> unknown = songIds.stream()
                .filter(songId -> !durations.containsKey(songId))
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            throw PlaylistProblems.invalid("song_ids", "unknown songs: " + join(unknown));
        }
        positions.shift(id, at, count, songIds.size());
        Timestamp now = Timestamp.from(PlaylistRows.now());
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        template.batchUpdate(
                "INSERT INTO playlist_entries (playlist_id, position, song_id, added_at) VALUES (?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        statement.setLong(1, id);
                        statement.setInt(2, at + i);
                        statement.setLong(3, songIds.get(i));
                        statement.setTimestamp(4, now, utc);
                    }

                    @Override
                    public int getBatchSize() {
                        return songIds.size();
                    }
                });
        long added = songIds.stream().mapToLong(durations::get).sum();
        return rows.changed(playlist, count + songIds.size(), playlist.duration() + added);
    }

    /** Removes the entries at {@code positions} (as they are now) and closes the gaps; unknown positions: 422. */
    @Transactional
    public PlaylistView remove(long id, Caller caller, IfMatch ifMatch, PlaylistRequests.RemoveSongs request) {
        PlaylistView playlist = rows.lockForWrite(id, caller, ifMatch, PlaylistRows.Access.OWNER);
        SortedSet<Integer> gone = new TreeSet<>(request.positions());
        if (gone.last() > playlist.songCount()) {
            throw PlaylistProblems.invalid(
                    "positions", "must be between 1 and " + playlist.songCount() + " (the playlist's length)");
        }
        return removeLocked(playlist, gone);
    }

    /** Moves {@code count} entries from {@code from} to start at {@code to}; positions past the end: 422. */
    @Transactional
    public PlaylistView move(long id, Caller caller, IfMatch ifMatch, PlaylistRequests.Move request) {
        PlaylistView playlist = rows.lockForWrite(id, caller, ifMatch, PlaylistRows.Access.OWNER);
        int n = playlist.songCount();
        int count = request.countOrOne();
        if (request.from() + count - 1 > n) {
            throw PlaylistProblems.invalid("from", "the moved entries must lie within 1.." + n);
        }
        if (request.to() + count - 1 > n) {
            throw PlaylistProblems.invalid(
                    "to", "must be at most " + (n - count + 1) + " to keep the moved entries within 1.." + n);
        }
        positions.move(id, request.from(), count, request.to());
        return rows.changed(playlist, n, playlist.duration());
    }

    /** The playlists holding any of the songs, in id order: the order a write that touches them all locks them in. */
    List<Long> playlistsHolding(Collection<Long> songIds) {
        return jdbc.sql("SELECT DISTINCT playlist_id FROM playlist_entries WHERE song_id IN ("
                        + Sql.placeholders(songIds.size()) + ") ORDER BY playlist_id")
                .params(new ArrayList<Object>(songIds))
                .query(Long.class)
                .list();
    }

    /** Removes entries of a playlist locked by the caller's transaction, closing the gaps. */
    PlaylistView removeLocked(PlaylistView playlist, SortedSet<Integer> gone) {
        long id = playlist.id();
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(gone);
        String in = Sql.placeholders(gone.size());
        long duration = jdbc.sql("SELECT COALESCE(SUM(s.duration), 0) FROM playlist_entries e JOIN songs s"
                        + " ON s.id = e.song_id WHERE e.playlist_id = ? AND e.position IN (" + in + ")")
                .params(params)
                .query(Long.class)
                .single();
        int deleted = jdbc.sql("DELETE FROM playlist_entries WHERE playlist_id = ? AND position IN (" + in + ")")
                .params(params)
                .update();
        positions.closeGaps(id, gone);
        return rows.changed(playlist, playlist.songCount() - deleted, playlist.duration() - duration);
    }

    /**
     * The durations (0 when unknown) of those of the songs that exist, in one statement. A read of
     * the catalog's {@code songs} table, which this module never writes.
     */
    private Map<Long, Integer> durations(Set<Long> songIds) {
        Map<Long, Integer> found = new HashMap<>();
        jdbc.sql("SELECT id, duration FROM songs WHERE id IN (" + Sql.placeholders(songIds.size()) + ")")
                .params(new ArrayList<>(songIds))
                .query(rs -> {
                    long songId = rs.getLong("id");
                    int duration = rs.getInt("duration"); // 0 when NULL: unknown
                    found.put(songId, duration);
                });
        return found;
    }

    private static String join(List<Long> ids) {
        return String.join(", ", ids.stream().limit(20).map(String::valueOf).toList())
                + (ids.size() > 20 ? " and " + (ids.size() - 20) + " more" : "");
    }
}
