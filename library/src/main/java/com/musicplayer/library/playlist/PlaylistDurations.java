package com.musicplayer.library.playlist;

import com.musicplayer.catalog.song.SongDurationsChanging;
import com.musicplayer.platform.db.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A playlist's stored total duration follows its songs' durations: when an admin edits a song's
 * duration, or a rescan finds its file changed, every playlist holding the song gets the difference
 * (times the song's entries there) and a new version — in the changing transaction, before the
 * catalog locks the song ({@link SongDurationsChanging}). Playlists are locked in id order, as any
 * playlist write locks them, then the songs, as a deletion does. A song in no playlist costs one
 * indexed query and no lock.
 *
 * <p>Not covered: a song added to a playlist this change did not see (the add committed after its
 * first query) while the change is under way; that entry counts the duration the add read.
 */
@Component
class PlaylistDurations {

    private final JdbcClient jdbc;
    private final PlaylistRows rows;
    private final PlaylistEntries entries;

    PlaylistDurations(JdbcClient jdbc, PlaylistRows rows, PlaylistEntries entries) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.entries = entries;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void follow(SongDurationsChanging event) {
        if (event.durations().isEmpty()) {
            return;
        }
        List<Long> playlists = entries.playlistsHolding(event.durations().keySet());
        if (playlists.isEmpty()) {
            return;
        }
        Map<Long, PlaylistView> locked = new LinkedHashMap<>();
        for (long id : playlists) {
            rows.lock(id).ifPresent(playlist -> locked.put(id, playlist)); // gone meanwhile: nothing to update
        }
        if (locked.isEmpty()) {
            return;
        }
        List<Object> songs = new ArrayList<>(event.durations().keySet());
        // read after the playlists' locks, and locked in turn (a locking read sees the latest
        // commit on every database): a concurrent change of the same song waited for those locks,
        // so what it wrote is what the difference is taken from
        Map<Long, Long> change = new HashMap<>();
        jdbc.sql("SELECT id, duration FROM songs WHERE id IN (" + Sql.placeholders(songs.size())
                        + ") ORDER BY id FOR UPDATE")
                .params(songs)
                .query(rs -> {
                    long id = rs.getLong("id");
                    long was = rs.getInt("duration"); // 0 when NULL: unknown
                    long now = event.durations().get(id);
                    if (now != was) {
                        change.put(id, now - was);
                    }
                });
        if (change.isEmpty()) {
            return;
        }
        // the entries as they are now, under the playlists' locks, in one statement for them all: a
        // locking read, which MariaDB (repeatable read) answers with the latest commit, not this
        // transaction's first view
        List<Object> params = new ArrayList<>(locked.keySet());
        params.addAll(change.keySet());
        Map<Long, Long> delta = new HashMap<>();
        jdbc.sql("SELECT playlist_id, song_id FROM playlist_entries WHERE playlist_id IN ("
                        + Sql.placeholders(locked.size()) + ") AND song_id IN (" + Sql.placeholders(change.size())
                        + ") FOR UPDATE")
                .params(params)
                .query(rs -> {
                    delta.merge(rs.getLong("playlist_id"), change.get(rs.getLong("song_id")), Long::sum);
                });
        for (PlaylistView playlist : locked.values()) {
            long difference = delta.getOrDefault(playlist.id(), 0L);
            if (difference != 0) {
                rows.changed(playlist, playlist.songCount(), playlist.duration() + difference);
            }
        }
    }
}
