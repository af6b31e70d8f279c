package com.musicplayer.library.playlist;

import com.musicplayer.catalog.song.SongsDeleting;
import com.musicplayer.platform.db.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Songs about to be deleted leave every playlist, and the gaps they leave close, in the deleting
 * transaction: the catalog announces the deletion ({@link SongsDeleting}) before it locks anything,
 * and the playlists are locked here in id order, as any playlist write locks them. Each playlist
 * touched gets a new version. The entries' foreign key to songs has no cascade: should a song be
 * added to a playlist after this ran and before the song is gone, the deletion fails instead of
 * leaving a gap (the admin's delete answers 409 and can be repeated).
 */
@Component
class SongsLeavingPlaylists {

    private final JdbcClient jdbc;
    private final PlaylistRows rows;
    private final PlaylistEntries entries;

    SongsLeavingPlaylists(JdbcClient jdbc, PlaylistRows rows, PlaylistEntries entries) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.entries = entries;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void leavePlaylists(SongsDeleting event) {
        if (event.songIds().isEmpty()) {
            return;
        }
        List<Object> songs = new ArrayList<>(event.songIds());
        String in = Sql.placeholders(songs.size());
        List<Long> playlists = entries.playlistsHolding(event.songIds());
        for (long id : playlists) {
            var playlist = rows.lock(id);
            if (playlist.isEmpty()) {
                continue; // deleted meanwhile
            }
            List<Object> params = new ArrayList<>();
            params.add(id);
            params.addAll(songs);
            // read again under the lock: the entries may have moved since the first look
            var positions = new TreeSet<>(
                    jdbc.sql("SELECT position FROM playlist_entries WHERE playlist_id = ? AND song_id IN (" + in + ")")
                            .params(params)
                            .query(Integer.class)
                            .list());
            if (!positions.isEmpty()) {
                entries.removeLocked(playlist.get(), positions);
            }
        }
    }
}
