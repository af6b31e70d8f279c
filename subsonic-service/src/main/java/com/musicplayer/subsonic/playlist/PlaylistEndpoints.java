package com.musicplayer.subsonic.playlist;

import com.musicplayer.library.playlist.IfMatch;
import com.musicplayer.library.playlist.PlaylistEntries;
import com.musicplayer.library.playlist.PlaylistEntryView;
import com.musicplayer.library.playlist.PlaylistRequests;
import com.musicplayer.library.playlist.PlaylistView;
import com.musicplayer.library.playlist.Playlists;
import com.musicplayer.platform.db.Sql;
import com.musicplayer.platform.security.Caller;
import com.musicplayer.subsonic.api.Call;
import com.musicplayer.subsonic.api.Element;
import com.musicplayer.subsonic.api.Endpoints;
import com.musicplayer.subsonic.api.Ids;
import com.musicplayer.subsonic.api.Pages;
import com.musicplayer.subsonic.api.SubsonicError;
import com.musicplayer.subsonic.api.Views;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * getPlaylists, getPlaylist, createPlaylist, updatePlaylist and deletePlaylist over the library
 * module's playlists: a playlist made here is the one {@code /playlists} shows (same id), under the
 * same rules. One's own and everyone's public playlists are readable; someone else's private one
 * does not exist (70); changing someone else's is 50 (an admin may rename or delete any, as over
 * REST, not change its songs). A call that changes several things (create with songs, replace the
 * songs, update name and songs) runs in one transaction: a refused part (unknown songs: 70) leaves
 * everything as it was.
 */
@Component
class PlaylistEndpoints implements Endpoints {

    private static final int NAME_MAX = 100;
    private static final int COMMENT_MAX = 500;
    /** getPlaylists answers at most this many playlists (own and public). */
    private static final int LIST_MAX = 10_000;

    private final Playlists playlists;
    private final PlaylistEntries entries;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    PlaylistEndpoints(
            Playlists playlists, PlaylistEntries entries, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.playlists = playlists;
        this.entries = entries;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void register(Registry registry) {
        registry.add("getPlaylists", this::list);
        registry.add("getPlaylist", call -> withSongs(call, Ids.playlist(call.required("id"))));
        registry.add("createPlaylist", this::create);
        registry.add("updatePlaylist", this::update);
        registry.add("deletePlaylist", call -> {
            long id = Ids.playlist(call.required("id"));
            LibraryErrors.translated(SubsonicError.GENERIC, "Playlist " + id, () -> {
                playlists.delete(id, caller(call), IfMatch.ANY);
                return null;
            });
            return null;
        });
    }

    static Caller caller(Call call) {
        return new Caller(call.userId(), call.user().role());
    }

    /** The caller's playlists and everyone's public ones; {@code username} (admins): that user's. */
    private Element list(Call call) {
        Caller caller = caller(call);
        String username = call.param("username");
        String owner = null;
        if (username != null) {
            if (username.equals(call.user().username())) {
                owner = "me";
            } else if (!call.user().isAdmin()) {
                throw SubsonicError.notAuthorized("see the playlists of other users");
            } else {
                owner = String.valueOf(userId(username));
            }
        }
        String ownerFilter = owner;
        List<PlaylistView> found = Pages.collect(LIST_MAX, 0, page -> playlists.list(caller, ownerFilter, null, page));
        Map<Long, String> names =
                usernames(found.stream().map(PlaylistView::ownerId).distinct().toList());
        return Element.of("playlists")
                .list(
                        "playlist",
                        found.stream()
                                .map(p -> playlist("playlist", p, names.get(p.ownerId()), caller, null))
                                .toList());
    }

    /** The playlist with its songs in order ({@code entry}), as getPlaylist and createPlaylist answer. */
    private Element withSongs(Call call, long id) {
        Caller caller = caller(call);
        PlaylistView playlist = playlists.get(id, caller);
        List<PlaylistEntryView> songs =
                Pages.collect(Playlists.MAX_ENTRIES, 0, page -> entries.songs(id, caller, page));
        String cover = songs.stream()
                .map(entry -> Views.coverArt(entry.song()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        String owner = usernames(List.of(playlist.ownerId())).get(playlist.ownerId());
        return playlist("playlist", playlist, owner, caller, cover)
                .list(
                        "entry",
                        songs.stream()
                                .map(entry -> Views.song("entry", entry.song()))
                                .toList());
    }

    private static Element playlist(String name, PlaylistView p, String owner, Caller caller, String cover) {
        return Element.of(name)
                .attr("id", String.valueOf(p.id()))
                .attr("name", p.name())
                .attr("comment", p.description())
                .attr("owner", owner)
                .attr("public", p.isPublic())
                .attr("songCount", p.songCount())
                .attr("duration", (int) Math.min(Integer.MAX_VALUE, p.duration()))
                .attr("created", p.createdAt().toString())
                .attr("changed", p.updatedAt().toString())
                .attr("coverArt", cover)
                .os("readonly", p.ownerId() != caller.userId());
    }

    /**
     * With {@code name}: a new private playlist of the given songs ({@code songId}, repeated, in
     * order). With {@code playlistId}: that playlist's songs become exactly the given ones. Either
     * way it answers the playlist with its songs (1.14.0).
     */
    private Element create(Call call) {
        Caller caller = caller(call);
        List<Long> songIds = call.values("songId").stream().map(Ids::song).toList();
        if (songIds.size() > Playlists.MAX_ENTRIES) {
            throw tooMany();
        }
        String playlistId = call.param("playlistId");
        long id;
        if (playlistId != null) {
            long existing = Ids.playlist(playlistId);
            transaction.executeWithoutResult(status -> {
                PlaylistView playlist = playlists.get(existing, caller);
                if (playlist.ownerId() != caller.userId()) {
                    throw SubsonicError.notAuthorized("change the songs of a playlist of someone else");
                }
                if (playlist.songCount() > 0) {
                    List<Integer> all = IntStream.rangeClosed(1, playlist.songCount())
                            .boxed()
                            .toList();
                    LibraryErrors.translated(
                            SubsonicError.GENERIC,
                            "Playlist " + existing + " changed meanwhile",
                            () -> entries.remove(existing, caller, IfMatch.ANY, new PlaylistRequests.RemoveSongs(all)));
                }
                add(existing, caller, songIds);
            });
            id = existing;
        } else {
            String name = name(call.param("name"), "name");
            if (name == null) {
                throw SubsonicError.missing("name or playlistId");
            }
            Long created = transaction.execute(status -> {
                PlaylistView playlist = playlists.create(caller, new PlaylistRequests.Create(name, null, false));
                add(playlist.id(), caller, songIds);
                return playlist.id();
            });
            id = created;
        }
        return withSongs(call, id);
    }

    /**
     * Renames, comments, makes public or private, removes the songs at {@code songIndexToRemove}
     * (0-based, as they are before the call) then appends {@code songIdToAdd}: all or nothing.
     */
    private Element update(Call call) {
        Caller caller = caller(call);
        long id = Ids.playlist(call.required("playlistId"));
        String name = name(call.param("name"), "name");
        String comment = call.param("comment");
        if (comment != null && (comment.isBlank() || comment.strip().length() > COMMENT_MAX)) {
            throw SubsonicError.invalid("comment", "at most " + COMMENT_MAX + " characters, not blank");
        }
        Boolean isPublic = call.param("public") == null ? null : call.flag("public", false);
        List<Long> add = call.values("songIdToAdd").stream().map(Ids::song).toList();
        List<Integer> remove = new ArrayList<>();
        for (String index : call.values("songIndexToRemove")) {
            remove.add(index(index));
        }
        if (add.size() > Playlists.MAX_ENTRIES) {
            throw tooMany();
        }
        boolean metadata = name != null || comment != null || isPublic != null;
        transaction.executeWithoutResult(status -> {
            if (metadata || (add.isEmpty() && remove.isEmpty())) {
                LibraryErrors.translated(
                        SubsonicError.GENERIC,
                        "Playlist " + id,
                        () -> playlists.update(
                                id,
                                caller,
                                IfMatch.ANY,
                                new PlaylistRequests.Update(name, comment == null ? null : comment.strip(), isPublic)));
            }
            if (!remove.isEmpty()) {
                List<Integer> positions =
                        remove.stream().map(index -> index + 1).distinct().toList();
                LibraryErrors.translated(
                        SubsonicError.GENERIC,
                        "Invalid value of songIndexToRemove: past the end of the playlist",
                        () -> entries.remove(id, caller, IfMatch.ANY, new PlaylistRequests.RemoveSongs(positions)));
            }
            add(id, caller, add);
        });
        return null;
    }

    /** Appends the songs (in the caller's transaction); unknown songs: 70, past the cap: 0. */
    private void add(long id, Caller caller, List<Long> songIds) {
        if (songIds.isEmpty()) {
            return;
        }
        LibraryErrors.translated(
                SubsonicError.NOT_FOUND,
                "Song not found: " + songIds.stream().distinct().limit(20).toList(),
                () -> entries.add(id, caller, IfMatch.ANY, new PlaylistRequests.AddSongs(songIds, null)));
    }

    private static String name(String value, String parameter) {
        if (value == null) {
            return null;
        }
        String name = value.strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw SubsonicError.invalid(parameter, "at most " + NAME_MAX + " characters, not blank");
        }
        return name;
    }

    private static int index(String value) {
        try {
            int index = Integer.parseInt(value.trim());
            if (index < 0 || index >= Playlists.MAX_ENTRIES) {
                throw SubsonicError.invalid("songIndexToRemove", value);
            }
            return index;
        } catch (NumberFormatException ex) {
            throw SubsonicError.invalid("songIndexToRemove", value);
        }
    }

    private static SubsonicError tooMany() {
        return new SubsonicError(SubsonicError.GENERIC, "A playlist holds at most " + Playlists.MAX_ENTRIES + " songs");
    }

    /** A user's id by username (a read of user-service's {@code users}); unknown: 70. */
    private long userId(String username) {
        return jdbc.sql("SELECT id FROM users WHERE username = ?")
                .param(username)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> SubsonicError.notFound("User " + username));
    }

    /** Usernames by user id, in one statement (a read of user-service's {@code users}). */
    private Map<Long, String> usernames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, username FROM users WHERE id IN (" + Sql.placeholders(ids.size()) + ")")
                .params(new ArrayList<>(ids))
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("username"));
                });
        return names;
    }
}
