package com.musicplayer.library.playlist;

import com.musicplayer.platform.db.UtcTimestamp;
import com.musicplayer.platform.security.Caller;
import com.musicplayer.platform.web.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The playlist row and its access rules, for reads and for writes. A write locks the row first
 * ({@code SELECT ... FOR UPDATE}): every change to one playlist, to its name or to its entries,
 * runs after the previous one committed, so positions stay 1..n and no change is lost, with or
 * without {@code If-Match}; with it, the version is compared under that lock, so a stale write
 * changes nothing.
 */
@Component
class PlaylistRows {

    static final String COLUMNS = "p.id, p.owner_id, p.name, p.description, p.public, p.version, p.song_count,"
            + " p.duration, p.created_at, p.updated_at";

    static final RowMapper<PlaylistView> MAPPER = (rs, row) -> new PlaylistView(
            rs.getLong("id"),
            rs.getLong("owner_id"),
            rs.getString("name"),
            rs.getString("description"),
            rs.getBoolean("public"),
            rs.getInt("version"),
            rs.getInt("song_count"),
            rs.getLong("duration"),
            UtcTimestamp.read(rs, "created_at"),
            UtcTimestamp.read(rs, "updated_at"));

    /** Who may do what to a playlist. */
    enum Access {
        /** The owner, or an admin (renaming or deleting someone's playlist). */
        OWNER_OR_ADMIN,
        /** The owner alone (its songs are the owner's choice). */
        OWNER
    }

    private final JdbcClient jdbc;

    PlaylistRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The playlist if the caller may see it (own, public, or the caller is an admin); else 404. */
    PlaylistView readable(long id, Caller caller) {
        PlaylistView playlist = jdbc.sql("SELECT " + COLUMNS + " FROM playlists p WHERE p.id = ?")
                .param(id)
                .query(MAPPER)
                .optional()
                .orElseThrow(() -> new NotFoundException("Playlist", id));
        return visible(playlist, caller);
    }

    /**
     * Locks the playlist for a write by the caller, in the caller's transaction: 404 when the
     * caller may not see it, 403 when it may see but not change it, 412 when {@code ifMatch} names
     * another version.
     */
    PlaylistView lockForWrite(long id, Caller caller, IfMatch ifMatch, Access access) {
        PlaylistView playlist = lock(id).orElseThrow(() -> new NotFoundException("Playlist", id));
        visible(playlist, caller);
        boolean owner = playlist.ownerId() == caller.userId();
        if (!owner && !(access == Access.OWNER_OR_ADMIN && caller.isAdmin())) {
            throw PlaylistProblems.notYours(id);
        }
        if (!ifMatch.matches(playlist.version())) {
            throw PlaylistProblems.stale(id, playlist.version());
        }
        return playlist;
    }

    /** Locks the playlist row for a write, in the caller's transaction (no access rules). */
    Optional<PlaylistView> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM playlists p WHERE p.id = ? FOR UPDATE")
                .param(id)
                .query(MAPPER)
                .optional();
    }

    /** Records a change of the (locked) playlist's entries: a new version, count and duration. */
    PlaylistView changed(PlaylistView was, int songCount, long duration) {
        Instant now = now();
        jdbc.sql("UPDATE playlists SET version = ?, song_count = ?, duration = ?, updated_at = ? WHERE id = ?")
                .params(was.version() + 1, songCount, Math.max(0, duration), UtcTimestamp.of(now), was.id())
                .update();
        return new PlaylistView(
                was.id(),
                was.ownerId(),
                was.name(),
                was.description(),
                was.isPublic(),
                was.version() + 1,
                songCount,
                Math.max(0, duration),
                was.createdAt(),
                now);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static PlaylistView visible(PlaylistView playlist, Caller caller) {
        if (!playlist.isPublic() && playlist.ownerId() != caller.userId() && !caller.isAdmin()) {
            // someone else's private playlist: its existence is not revealed
            throw new NotFoundException("Playlist", playlist.id());
        }
        return playlist;
    }
}
