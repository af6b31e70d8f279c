package com.musicplayer.media.file;

import com.musicplayer.catalog.importer.CatalogImport;
import com.musicplayer.catalog.importer.ImportedTrack;
import com.musicplayer.catalog.lyrics.LyricsView;
import com.musicplayer.media.Hashes;
import com.musicplayer.media.artwork.Artworks;
import com.musicplayer.media.artwork.CoverImage;
import com.musicplayer.media.tags.AudioTags;
import com.musicplayer.platform.db.PlannerStatistics;
import com.musicplayer.platform.db.Sql;
import com.musicplayer.platform.db.UtcTimestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The import both scans and uploads end in (media-internal): covers stored (deduplicated), then in
 * one transaction the catalog's rows ({@link CatalogImport}) and the media files beside them — a
 * failure leaves neither, and takes back the covers it stored.
 */
@Component
public class MediaImports {

    /** What became of one file: its song, new or updated. */
    public record Outcome(AudioFile file, long songId, boolean created) {}

    private final CatalogImport catalog;
    private final Artworks artworks;
    private final MediaFileRepository files;
    private final JdbcTemplate template;
    private final PlannerStatistics statistics;

    MediaImports(
            CatalogImport catalog,
            Artworks artworks,
            MediaFileRepository files,
            JdbcTemplate template,
            PlannerStatistics statistics) {
        this.catalog = catalog;
        this.artworks = artworks;
        this.files = files;
        this.template = template;
        this.statistics = statistics;
    }

    public static String keyHash(String storageKey) {
        return Hashes.sha256(storageKey);
    }

    public static String dirHash(String directory) {
        return Hashes.sha256(directory == null ? "upload:" : directory);
    }

    /** Imports the files (each new, or an update of the song its path had). Call outside a transaction. */
    public List<Outcome> save(List<AudioFile> audio) {
        return save(audio, outcome -> {});
    }

    /** {@link #save(List)}, running {@code alsoInTransaction} for each outcome in the import's transaction. */
    public List<Outcome> save(List<AudioFile> audio, java.util.function.Consumer<Outcome> alsoInTransaction) {
        List<Artworks.Saved> stored = new ArrayList<>();
        Map<String, Long> artworkOf = new HashMap<>();
        try {
            List<ImportedTrack> tracks = new ArrayList<>();
            List<Long> songCovers = new ArrayList<>();
            for (AudioFile file : audio) {
                Long folder = cover(file.folderCover(), stored, artworkOf);
                Long embedded = cover(file.embeddedCover(), stored, artworkOf);
                Long song = embedded != null ? embedded : folder;
                Long album = folder != null ? folder : embedded;
                songCovers.add(song);
                tracks.add(track(file.tags(), song, album));
            }
            return catalog.batch(tracks, batch -> {
                List<Outcome> outcomes = new ArrayList<>();
                Map<String, MediaFile> known = new HashMap<>();
                List<String> keys =
                        audio.stream().map(f -> keyHash(f.storageKey())).toList();
                List<String> lookup = new ArrayList<>();
                for (int i = 0; i < audio.size(); i++) {
                    if (audio.get(i).known()) {
                        lookup.add(keys.get(i));
                    }
                }
                if (!lookup.isEmpty()) {
                    files.findByKeyHashIn(lookup).forEach(row -> known.put(row.getKeyHash(), row));
                }
                List<MediaFile> rows = new ArrayList<>();
                List<Long> knownSongs = new ArrayList<>();
                for (String key : keys) {
                    MediaFile row = known.get(key);
                    rows.add(row);
                    knownSongs.add(row == null ? null : row.getSongId());
                }
                List<Long> songIds = batch.saveAll(tracks, knownSongs);
                List<MediaFile> fresh = new ArrayList<>();
                for (int i = 0; i < audio.size(); i++) {
                    AudioFile file = audio.get(i);
                    String key = keys.get(i);
                    MediaFile row = rows.get(i);
                    boolean created = row == null;
                    long songId = songIds.get(i);
                    if (created) {
                        row = new MediaFile(songId, file.source(), file.storageKey(), key, dirHash(file.directory()));
                        fresh.add(row);
                    }
                    row.describe(file, songCovers.get(i)); // a known row is written when flushed
                    Outcome outcome = new Outcome(file, songId, created);
                    alsoInTransaction.accept(outcome);
                    outcomes.add(outcome);
                }
                insert(fresh);
                files.flush();
                return outcomes;
            });
        } catch (RuntimeException failed) {
            stored.forEach(artworks::discard);
            throw failed;
        }
    }

    private static final String INSERT = "INSERT INTO media_files (song_id, source, storage_key, key_hash, dir_hash,"
            + " sha256, size, mtime_ms, container, codec, content_type, bitrate, sample_rate, channels, duration_ms,"
            + " track_gain, track_peak, album_gain, album_peak, artwork_id, created_at, updated_at)"
            + " VALUES (" + Sql.placeholders(MediaFile.COLUMNS.length) + ")";

    /** The new rows, in one JDBC batch: a scan's batch of files costs one round trip here, not one each. */
    private void insert(List<MediaFile> rows) {
        if (!rows.isEmpty()) {
            UtcTimestamp now = UtcTimestamp.now();
            template.batchUpdate(
                    INSERT, rows.stream().map(row -> row.values(now)).toList(), MediaFile.COLUMNS);
        }
    }

    /**
     * Brings the database's statistics of the tables an import fills up to date (see
     * {@link CatalogImport#refreshStatistics}); a long scan calls it as the library grows.
     */
    public void refreshStatistics() {
        catalog.refreshStatistics();
        statistics.refresh("media_files", "artwork");
    }

    /** Deletes these songs (their files went) with their media files; their albums go once empty. */
    public void remove(Collection<Long> songIds) {
        if (!songIds.isEmpty()) {
            catalog.batch(List.of(), batch -> {
                batch.delete(songIds);
                return null;
            });
        }
    }

    private Long cover(CoverImage image, List<Artworks.Saved> stored, Map<String, Long> known) {
        if (image == null) {
            return null;
        }
        Long id = known.get(image.sha256());
        if (id == null) {
            Artworks.Saved saved = artworks.save(image);
            stored.add(saved);
            id = saved.id();
            known.put(image.sha256(), id);
        }
        return id;
    }

    private static ImportedTrack track(AudioTags tags, Long songCover, Long albumCover) {
        LyricsView lyrics = tags.lyrics() == null && tags.syncedLyrics().isEmpty()
                ? null
                : new LyricsView(
                        tags.lyrics(),
                        tags.syncedLyrics().stream()
                                .map(line -> new LyricsView.Line(line.startMs(), line.text()))
                                .toList());
        return new ImportedTrack(
                tags.title(),
                tags.artist(),
                tags.albumArtist(),
                tags.album(),
                tags.trackNumber(),
                tags.discNumber(),
                tags.year(),
                tags.genre(),
                tags.compilation(),
                tags.durationMs(),
                songCover == null ? null : Artworks.url(songCover),
                albumCover == null ? null : Artworks.url(albumCover),
                lyrics,
                "file");
    }
}
