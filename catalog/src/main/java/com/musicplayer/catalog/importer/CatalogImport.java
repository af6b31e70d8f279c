package com.musicplayer.catalog.importer;

import com.musicplayer.catalog.album.AlbumImports;
import com.musicplayer.catalog.artist.ArtistLocks;
import com.musicplayer.catalog.artist.Artists;
import com.musicplayer.catalog.lyrics.Lyrics;
import com.musicplayer.catalog.song.SongDurationsChanging;
import com.musicplayer.catalog.song.SongImports;
import com.musicplayer.catalog.song.SongRemoval;
import com.musicplayer.platform.db.PlannerStatistics;
import com.musicplayer.platform.web.CachedCounts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way audio files become catalog rows (DESIGN §8): scans and uploads both end here. A batch
 * first resolves the artists its tracks name (each in its own short transaction, as every write of
 * the catalog does), then runs the caller's work in ONE transaction, in which the caller writes its
 * own rows (media files) beside the songs, albums and lyrics saved through {@link Batch}: a failure
 * leaves none of them. After it commits, artists and imported albums that nothing names any more go.
 */
@Service
@NamedInterface("api")
public class CatalogImport {

    static final String UNKNOWN_ARTIST = "Unknown Artist";
    static final String UNKNOWN_ALBUM = "Unknown Album";
    static final String VARIOUS_ARTISTS = "Various Artists";
    static final String UNKNOWN_GENRE = "Unknown";

    private final Artists artists;
    private final ArtistLocks artistLocks;
    private final AlbumImports albums;
    private final SongImports songs;
    private final SongRemoval removal;
    private final Lyrics lyrics;
    private final CachedCounts counts;
    private final PlannerStatistics statistics;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    CatalogImport(
            Artists artists,
            ArtistLocks artistLocks,
            AlbumImports albums,
            SongImports songs,
            SongRemoval removal,
            Lyrics lyrics,
            CachedCounts counts,
            PlannerStatistics statistics,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.events = events;
        this.statistics = statistics;
        this.artists = artists;
        this.artistLocks = artistLocks;
        this.albums = albums;
        this.songs = songs;
        this.removal = removal;
        this.lyrics = lyrics;
        this.counts = counts;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Runs {@code work} in one transaction with a {@link Batch} that saves {@code tracks} (and may
     * delete songs). Call it outside a transaction.
     */
    public <T> T batch(Collection<ImportedTrack> tracks, Function<Batch, T> work) {
        Map<String, Long> artistIds = new HashMap<>();
        for (ImportedTrack track : tracks) {
            for (String name : List.of(artistOf(track), albumArtistOf(track))) {
                artistIds.computeIfAbsent(key(name), k -> artists.resolve(name));
            }
        }
        Batch batch = new Batch(artistIds);
        try {
            return transaction.execute(status -> {
                T result = work.apply(batch);
                batch.placeTracks();
                return result;
            });
        } finally {
            // after the commit (or the rollback): what the batch let go of, or resolved in vain
            if (!batch.emptiedAlbums.isEmpty()) {
                batch.releasedArtists.addAll(transaction.execute(status -> albums.deleteEmpty(batch.emptiedAlbums)));
            }
            batch.releasedArtists.addAll(artistIds.values());
            artists.removeUnused(batch.releasedArtists.toArray(Long[]::new));
            counts.evictAll();
        }
    }

    /**
     * Brings the database's statistics of the catalog's tables up to date: for a long import (a
     * first scan) every so often, so the statements it repeats stay planned for tables of its size.
     * Call it outside a transaction.
     */
    public void refreshStatistics() {
        statistics.refresh("artists", "albums", "album_songs", "songs", "lyrics");
    }

    /** A track's duration as a song stores it: whole seconds. */
    private static int seconds(ImportedTrack track) {
        return (int) Math.round(track.durationMs() / 1000.0);
    }

    /** Saves and deletes songs within one {@link CatalogImport#batch}. */
    @NamedInterface("api")
    public final class Batch {

        private final Map<String, Long> artistIds;
        private final Set<Long> releasedArtists = new HashSet<>();
        private final Set<Long> emptiedAlbums = new HashSet<>();
        // what this batch already did, so that an album's ten tracks cost one lookup and one placement
        private final Set<Long> lockedArtists = new HashSet<>();
        private final Map<String, Long> albumIds = new HashMap<>();
        private final Map<Long, List<Long>> toPlace = new HashMap<>();

        private Batch(Map<String, Long> artistIds) {
            this.artistIds = artistIds;
        }

        /**
         * Creates the song of each track (with its album, in track order, and lyrics), or — where
         * {@code songIds} has an id — updates that song to it; returns the songs' ids in the order of
         * the tracks. The new songs are inserted in one JDBC batch. The tracks must be the batch's.
         */
        public List<Long> saveAll(List<ImportedTrack> tracks, List<Long> songIds) {
            // first, before this batch locks any artist, album or song: playlists' total durations
            // follow the songs it updates (SongDurationsChanging)
            Map<Long, Integer> durations = new HashMap<>();
            for (int i = 0; i < tracks.size(); i++) {
                if (songIds.get(i) != null) {
                    durations.put(songIds.get(i), seconds(tracks.get(i)));
                }
            }
            if (!durations.isEmpty()) {
                events.publishEvent(new SongDurationsChanging(durations));
            }
            List<SongImports.Fields> fields = new ArrayList<>(tracks.size());
            for (ImportedTrack track : tracks) {
                fields.add(fields(track));
            }
            List<Long> ids = new ArrayList<>(songIds);
            List<Integer> fresh = new ArrayList<>();
            for (int i = 0; i < tracks.size(); i++) {
                if (songIds.get(i) == null) {
                    fresh.add(i);
                } else {
                    update(songIds.get(i), tracks.get(i), fields.get(i));
                }
            }
            List<Long> inserted =
                    songs.insertAll(fresh.stream().map(fields::get).toList());
            for (int n = 0; n < fresh.size(); n++) {
                int i = fresh.get(n);
                ids.set(i, inserted.get(n));
                toPlace.computeIfAbsent(fields.get(i).albumId(), a -> new ArrayList<>())
                        .add(inserted.get(n));
            }
            for (int i = 0; i < tracks.size(); i++) {
                ImportedTrack track = tracks.get(i);
                lyrics.replace(ids.get(i), track.lyrics(), track.lyricsSource(), songIds.get(i) == null);
            }
            return ids;
        }

        /** The song's fields for the track, its album found or created (once a batch) on the way. */
        private SongImports.Fields fields(ImportedTrack track) {
            String artist = artistOf(track);
            String albumArtist = albumArtistOf(track);
            long artistId = Objects.requireNonNull(artistIds.get(key(artist)), "not a track of this batch");
            long albumArtistId = artistIds.get(key(albumArtist));
            String genre = cut(track.genre() == null ? UNKNOWN_GENRE : track.genre(), 50);
            if (lockedArtists.add(albumArtistId)) {
                artistLocks.lock(albumArtistId);
            }
            String album = cut(track.album() == null ? UNKNOWN_ALBUM : track.album(), 100);
            String albumKey = albumArtistId + "/" + key(album);
            Long known = albumIds.get(albumKey);
            long albumId;
            if (known == null) {
                albumId = albums.findOrCreate(
                        album, albumArtist, albumArtistId, genre, track.year(), track.albumCoverImageUrl());
                albums.coverIfMissing(albumId, track.albumCoverImageUrl());
                albumIds.put(albumKey, albumId);
            } else {
                albumId = known;
            }
            return new SongImports.Fields(
                    cut(track.title() == null ? "Untitled" : track.title(), 100),
                    artist,
                    artistId,
                    albumId,
                    genre,
                    seconds(track),
                    track.coverImageUrl(),
                    track.trackNumber(),
                    track.discNumber(),
                    track.year());
        }

        /** Updates a known song to the track, moving it between albums (and its place) as needed. */
        private void update(long songId, ImportedTrack track, SongImports.Fields fields) {
            SongImports.Before before = songs.update(songId, fields);
            releasedArtists.add(before.artistId());
            boolean moved = before.albumId() == null || before.albumId() != fields.albumId();
            if (moved
                    || !Objects.equals(before.discNumber(), track.discNumber())
                    || !Objects.equals(before.trackNumber(), track.trackNumber())) {
                if (before.albumId() != null) {
                    albums.removeFrom(before.albumId(), songId);
                    emptiedAlbums.add(before.albumId());
                }
                toPlace.computeIfAbsent(fields.albumId(), a -> new ArrayList<>())
                        .add(songId);
            }
        }

        /** The tracks saved, placed on their albums: one placement per album. */
        private void placeTracks() {
            toPlace.forEach(albums::placeInOrder);
            toPlace.clear();
        }

        /** Deletes these songs (their files went); their albums go too once empty. */
        public void delete(Collection<Long> songIds) {
            SongRemoval.Removed removed = removal.remove(Set.copyOf(songIds));
            releasedArtists.addAll(removed.artistIds());
            emptiedAlbums.addAll(removed.albumIds());
        }
    }

    static String artistOf(ImportedTrack track) {
        String name = track.artist() != null ? track.artist() : track.albumArtist();
        return cut(name == null ? UNKNOWN_ARTIST : name, 100);
    }

    static String albumArtistOf(ImportedTrack track) {
        if (track.albumArtist() != null) {
            return cut(track.albumArtist(), 100);
        }
        return track.compilation() ? VARIOUS_ARTISTS : artistOf(track);
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static String cut(String value, int max) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max).trim();
    }
}
