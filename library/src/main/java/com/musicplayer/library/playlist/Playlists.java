package com.musicplayer.library.playlist;

import com.musicplayer.platform.db.Sql;
import com.musicplayer.platform.db.SqlLists;
import com.musicplayer.platform.db.UtcTimestamp;
import com.musicplayer.platform.db.Where;
import com.musicplayer.platform.security.Caller;
import com.musicplayer.platform.web.BadRequestException;
import com.musicplayer.platform.web.CachedCounts;
import com.musicplayer.platform.web.ListPage;
import com.musicplayer.platform.web.PageParams;
import com.musicplayer.platform.web.SortFields;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Playlists themselves: a listener's own, private unless made public. Anyone signed in reads a
 * public playlist; someone else's private one does not exist for them (404), except for admins.
 * The owner changes a playlist; an admin may rename or delete anyone's. Every write is made under
 * the playlist's row lock ({@link PlaylistRows}) and bumps its version.
 */
@Service
@NamedInterface("api")
public class Playlists {

    /** The most entries a playlist holds. */
    public static final int MAX_ENTRIES = 10_000;

    private static final SortFields SORT =
            SortFields.of("p.id", "name", "p.name", "created_at", "p.created_at", "updated_at", "p.updated_at");

    private final JdbcClient jdbc;
    private final PlaylistRows rows;
    private final SqlLists lists;
    private final CachedCounts counts;

    Playlists(JdbcClient jdbc, PlaylistRows rows, SqlLists lists, CachedCounts counts) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.lists = lists;
        this.counts = counts;
    }

    /**
     * The caller's own playlists and everyone's public ones; {@code owner} narrows them to one
     * owner's ({@code me}, or a user id: that user's public ones), {@code q} searches names.
     */
    public ListPage<PlaylistView> list(Caller caller, String owner, String q, PageParams page) {
        Where where = Where.all();
        if (owner == null || owner.isBlank()) {
            where = where.and("(p.owner_id = ? OR p.public = ?)", caller.userId(), true);
        } else if (owner.equals("me")) {
            where = where.equal("p.owner_id", caller.userId());
        } else if (owner.chars().allMatch(Character::isDigit) && owner.length() <= 18) {
            long ownerId = Long.parseLong(owner);
            where = where.equal("p.owner_id", ownerId);
            if (ownerId != caller.userId()) {
                where = where.and("p.public = ?", true);
            }
        } else {
            throw new BadRequestException("'owner' is 'me' or a user id");
        }
        where = where.contains(q, "p.name");
        return lists.page(
                "playlists p",
                Sql.of(PlaylistRows.COLUMNS),
                where,
                SORT.query(page),
                PlaylistRows.MAPPER,
                PlaylistView::id);
    }

    public PlaylistView get(long id, Caller caller) {
        return rows.readable(id, caller);
    }

    @Transactional
    public PlaylistView create(Caller caller, PlaylistRequests.Create request) {
        Instant now = PlaylistRows.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO playlists (owner_id, name, description, public, version, song_count, duration,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, 1, 0, 0, ?, ?)")
                .params(
                        caller.userId(),
                        request.name().strip(),
                        strip(request.description()),
                        Boolean.TRUE.equals(request.isPublic()),
                        UtcTimestamp.of(now),
                        UtcTimestamp.of(now))
                .update(keys, "id");
        counts.evictAll();
        return rows.readable(keys.getKey().longValue(), caller);
    }

    /** A partial update by the owner or an admin: absent fields stay as they are. */
    @Transactional
    public PlaylistView update(long id, Caller caller, IfMatch ifMatch, PlaylistRequests.Update request) {
        PlaylistView was = rows.lockForWrite(id, caller, ifMatch, PlaylistRows.Access.OWNER_OR_ADMIN);
        String name = request.name() == null ? was.name() : request.name().strip();
        String description = request.description() == null ? was.description() : strip(request.description());
        boolean isPublic = request.isPublic() == null ? was.isPublic() : request.isPublic();
        Instant now = PlaylistRows.now();
        jdbc.sql("UPDATE playlists SET name = ?, description = ?, public = ?, version = ?, updated_at = ? WHERE id = ?")
                .params(name, description, isPublic, was.version() + 1, UtcTimestamp.of(now), id)
                .update();
        counts.evictAll();
        return new PlaylistView(
                id,
                was.ownerId(),
                name,
                description,
                isPublic,
                was.version() + 1,
                was.songCount(),
                was.duration(),
                was.createdAt(),
                now);
    }

    /** Deletes the playlist and its entries (owner or admin). */
    @Transactional
    public void delete(long id, Caller caller, IfMatch ifMatch) {
        rows.lockForWrite(id, caller, ifMatch, PlaylistRows.Access.OWNER_OR_ADMIN);
        jdbc.sql("DELETE FROM playlist_entries WHERE playlist_id = ?").param(id).update();
        jdbc.sql("DELETE FROM playlists WHERE id = ?").param(id).update();
        counts.evictAll();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
