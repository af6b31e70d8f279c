package com.musicplayer.catalog.album;

import com.musicplayer.platform.db.Sql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Albums as the importer makes them (catalog-internal): one album per album artist and title in
 * any case, its tracks kept in disc and track order. Runs in the importer's transaction; the caller
 * holds the album artist's row lock, so two imports never create the same album twice.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AlbumImports {

    /** Track order: disc, then track (untracked last), then title. */
    private static final Comparator<Placed> ORDER = Comparator.comparingInt(Placed::disc)
            .thenComparingInt(Placed::track)
            .thenComparing(Placed::titleKey)
            .thenComparingLong(Placed::songId);

    private record Placed(long songId, int disc, int track, String titleKey) {}

    private final AlbumRepository albums;
    private final TrackRepository tracks;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AlbumImports(AlbumRepository albums, TrackRepository tracks, JdbcClient jdbc, JdbcTemplate template) {
        this.albums = albums;
        this.tracks = tracks;
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The album of this artist with this title in any case, created if there is none. */
    public long findOrCreate(String title, String artist, long artistId, String genre, Integer year, String cover) {
        Optional<Long> found = albums.findIdByArtistAndTitle(artistId, title.toLowerCase(Locale.ROOT));
        if (found.isPresent()) {
            return found.get();
        }
        Album album = new Album(title, artist, artistId, genre, null, cover);
        album.setYear(year);
        return albums.saveAndFlush(album).getId();
    }

    /** Gives the album a cover when it has none (the first imported track that brings one). */
    public void coverIfMissing(long albumId, String cover) {
        if (cover != null) {
            albums.coverIfMissing(albumId, cover);
        }
    }

    /**
     * Puts the songs on the album, each at its place by disc, track and title among the album's
     * tracks: a few statements per album whatever the number of songs (an import adds an album's
     * songs together). When they all come after the album's tracks they are appended; otherwise the
     * album's track list is written anew in order.
     */
    public void placeInOrder(long albumId, Collection<Long> songIds) {
        if (songIds.isEmpty()) {
            return;
        }
        albums.lockById(albumId).orElseThrow();
        List<Placed> current = jdbc.sql("SELECT t.song_id, s.disc_number, s.track_number, s.title FROM album_songs t"
                        + " JOIN songs s ON s.id = t.song_id WHERE t.album_id = ? ORDER BY t.position")
                .param(albumId)
                .query(AlbumImports::placed)
                .list();
        List<Object> ids = new ArrayList<>(songIds);
        List<Placed> added = jdbc
                .sql("SELECT id, disc_number, track_number, title FROM songs WHERE id IN ("
                        + Sql.placeholders(ids.size()) + ")")
                .params(ids)
                .query(AlbumImports::placed)
                .list()
                .stream()
                .sorted(ORDER)
                .toList();
        boolean appended = current.isEmpty() || ORDER.compare(current.get(current.size() - 1), added.get(0)) < 0;
        if (appended) {
            insert(albumId, added, current.size() + 1);
        } else {
            List<Placed> all = new ArrayList<>(current);
            all.addAll(added);
            all.sort(ORDER);
            jdbc.sql("DELETE FROM album_songs WHERE album_id = ?")
                    .param(albumId)
                    .update();
            insert(albumId, all, 1);
        }
    }

    private void insert(long albumId, List<Placed> songs, int firstPosition) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < songs.size(); i++) {
            rows.add(new Object[] {albumId, songs.get(i).songId(), firstPosition + i});
        }
        template.batchUpdate("INSERT INTO album_songs (album_id, song_id, position) VALUES (?, ?, ?)", rows);
    }

    /** Takes the song off the album, closing the gap; nothing if it is not on it. */
    public void removeFrom(long albumId, long songId) {
        albums.lockById(albumId).orElseThrow();
        tracks.positionOf(albumId, songId).ifPresent(position -> {
            tracks.remove(albumId, songId);
            tracks.shift(albumId, position + 1, Integer.MAX_VALUE, -1);
        });
    }

    /** Deletes those of the albums that have no track left; returns their artists. */
    public List<Long> deleteEmpty(Collection<Long> albumIds) {
        List<Long> artists = new java.util.ArrayList<>();
        for (Long albumId :
                albumIds.stream().filter(Objects::nonNull).distinct().sorted().toList()) {
            albums.lockById(albumId).ifPresent(album -> {
                if (tracks.countByAlbumId(albumId) == 0) {
                    artists.add(album.getArtistId());
                    albums.delete(album);
                }
            });
        }
        albums.flush();
        return artists;
    }

    private static Placed placed(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Integer disc = rs.getObject(2, Integer.class);
        Integer track = rs.getObject(3, Integer.class);
        return new Placed(
                rs.getLong(1),
                disc == null ? 1 : disc,
                track == null || track == 0 ? Integer.MAX_VALUE : track,
                rs.getString(4).toLowerCase(Locale.ROOT));
    }
}
