package com.musicplayer.library.playlist;

import com.musicplayer.catalog.song.SongDurationsChanging;
import com.musicplayer.platform.db.Sql;
import java.util.ArrayList;
import java.util.HashMap;
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

    PlaylistDurations(JdbcClient jdbc, PlaylistRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void follow(SongDurationsChanging event) {
        if (event.durations().isEmpty()) {
            return;
        }
        List<Object> songs = new ArrayList<>(event.durations().keySet());
        String in = Sql.placeholders(songs.size());
        List<Long> playlists = jdbc.sql("SELECT DISTINCT playlist_id FROM playlist_entries WHERE song_id IN (" + in
                        + ") ORDER BY playlist_id")
                .params(songs)
                .query(Long.class)
                .list();
        if (playlists.isEmpty()) {
            return;
        }
        List<PlaylistView> locked = new ArrayList<>();
        for (long id : playlists) {
            rows.lock(id).ifPresent(locked::add); // gone meanwhile: nothing to keep up to date
        }
        // read after the playlists' locks, and locked in turn (a locking read sees the latest
        // commit on every database): a concurrent change of the same song waited for those locks,
        // so what it wrote is what the difference is taken from
        Map<Long, Long> change = new HashMap<>();
        jdbc.sql("SELECT id, duration FROM songs WHERE id IN (" + in + ") ORDER BY id FOR UPDATE")
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
        List<Object> changed = new ArrayList<>(change.keySet());
        String changedIn = Sql.placeholders(changed.size());
        for (PlaylistView playlist : locked) {
            List<Object> params = new ArrayList<>();
            params.add(playlist.id());
            params.addAll(changed);
            long[] delta = {0};
            // the entries as they are now, under the playlist's lock: a locking read, which MariaDB
            // (repeatable read) answers with the latest commit, not this transaction's first view
            jdbc.sql("SELECT song_id FROM playlist_entries WHERE playlist_id = ? AND song_id IN (" + changedIn
                            + ") FOR UPDATE")
                    .params(params)
                    .query(rs -> {
                        delta[0] += change.get(rs.getLong("song_id"));
                    });
            if (delta[0] != 0) {
                rows.changed(playlist, playlist.songCount(), playlist.duration() + delta[0]);
            }
        }
    }
}
