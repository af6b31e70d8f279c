package com.musicplayer.catalog.album;

import com.musicplayer.catalog.song.SongLocks;
import com.musicplayer.catalog.song.SongRows;
import com.musicplayer.catalog.song.SongView;
import com.musicplayer.platform.db.Sql;
import com.musicplayer.platform.db.SqlLists;
import com.musicplayer.platform.db.Where;
import com.musicplayer.platform.web.ListPage;
import com.musicplayer.platform.web.ListQuery;
import com.musicplayer.platform.web.NotFoundException;
import com.musicplayer.platform.web.PageParams;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An album's track order. Every change first write-locks the album row, so concurrent changes to
 * one album run one after another and positions stay 1..n without gaps or duplicates.
 */
@Service
@NamedInterface("api")
public class TrackList {

    private static final String FROM = "album_songs t JOIN songs s ON s.id = t.song_id";

    private final AlbumRepository albums;
    private final TrackRepository tracks;
    private final SongLocks songs;
    private final SqlLists lists;

    TrackList(AlbumRepository albums, TrackRepository tracks, SongLocks songs, SqlLists lists) {
        this.albums = albums;
        this.tracks = tracks;
        this.songs = songs;
        this.lists = lists;
    }

    /** The album's songs in track order, with like counts and the caller's likes: one statement a page. */
    public ListPage<TrackView> list(long albumId, Long callerId, PageParams page) {
        if (!albums.existsById(albumId)) {
            throw new NotFoundException("Album", albumId);
        }
        Sql song = SongRows.columns(callerId);
        Sql columns = new Sql(song.text() + ", t.position", song.params());
        RowMapper<SongView> views = SongRows.mapper(callerId);
        RowMapper<TrackView> rows = (rs, row) -> new TrackView(rs.getInt("position"), views.mapRow(rs, row));
        return lists.page(
                FROM,
                columns,
                Where.all().equal("t.album_id", albumId),
                ListQuery.fixed(page, "track order", "t.position, s.id"),
                rows,
                track -> track.song().id());
    }

    /**
     * Adds the song at {@code position} (default: the end), or moves it there if it is already on
     * the album; a position past the end means the end. Already on the album and no position: unchanged.
     */
    @Transactional
    public void place(long albumId, long songId, Integer position) {
        albums.lockById(albumId).orElseThrow(() -> new NotFoundException("Album", albumId));
        if (!songs.lockShared(songId)) {
            throw new NotFoundException("Song", songId);
        }
        int count = (int) tracks.countByAlbumId(albumId);
        Optional<Integer> current = tracks.positionOf(albumId, songId);
        if (current.isEmpty()) {
            int target = position == null ? count + 1 : Math.min(position, count + 1);
            tracks.shift(albumId, target, Integer.MAX_VALUE, 1);
            tracks.insert(albumId, songId, target);
            return;
        }
        if (position == null) {
            return;
        }
        int from = current.get();
        int target = Math.min(position, count);
        if (target < from) {
            tracks.shift(albumId, target, from - 1, 1);
        } else if (target > from) {
            tracks.shift(albumId, from + 1, target, -1);
        }
        tracks.move(albumId, songId, target);
    }

    /** Takes the song off the album and closes the gap it leaves. */
    @Transactional
    public void remove(long albumId, long songId) {
        albums.lockById(albumId).orElseThrow(() -> new NotFoundException("Album", albumId));
        int position = tracks.positionOf(albumId, songId)
                .orElseThrow(() -> new NotFoundException("Song " + songId + " on album", albumId));
        tracks.remove(albumId, songId);
        tracks.shift(albumId, position + 1, Integer.MAX_VALUE, -1);
    }
}
