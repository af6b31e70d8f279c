package com.musicplayer.media.file;

import com.musicplayer.platform.db.Sql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/** Reads of {@code media_files}: a song's audio, and what a rescan compares a folder with. */
@Service
@NamedInterface("api")
public class MediaFiles {

    /** A scanned file as last seen: a rescan leaves it unopened while its size and mtime stay. */
    public record KnownFile(long songId, String storageKey, long size, long mtimeMs) {}

    private final MediaFileRepository files;
    private final JdbcClient jdbc;

    MediaFiles(MediaFileRepository files, JdbcClient jdbc) {
        this.files = files;
        this.jdbc = jdbc;
    }

    public Optional<StoredAudio> ofSong(long songId) {
        return files.findBySongId(songId).map(MediaFiles::stored);
    }

    /** The song of audio with this content, if the library has it already (uploaded or scanned). */
    public Optional<Long> songWithContent(String sha256) {
        return files.findFirstBySha256OrderByIdAsc(sha256).map(MediaFile::getSongId);
    }

    /**
     * The scanned files known in a run of folders (by the folders' hashes, see
     * {@link MediaImports#dirHash}), grouped by folder hash: one plain statement for the lot, no
     * transaction. A rescan asks this of every few hundred folders, and an unchanged folder costs
     * nothing else.
     */
    public Map<String, List<KnownFile>> scannedIn(Collection<String> dirHashes) {
        if (dirHashes.isEmpty()) {
            return Map.of();
        }
        Map<String, List<KnownFile>> byFolder = new HashMap<>();
        jdbc.sql("SELECT dir_hash, song_id, storage_key, size, mtime_ms FROM media_files"
                        + " WHERE source = 'scan' AND dir_hash IN (" + Sql.placeholders(dirHashes.size()) + ")")
                .params(List.copyOf(dirHashes))
                .query(rs -> {
                    byFolder.computeIfAbsent(rs.getString(1), folder -> new ArrayList<>())
                            .add(new KnownFile(rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
                });
        return byFolder;
    }

    /** Whether the library holds any scanned file. */
    public boolean anyScanned() {
        return jdbc.sql("SELECT CASE WHEN EXISTS (SELECT 1 FROM media_files WHERE source = 'scan') THEN 1 ELSE 0 END")
                        .query(Integer.class)
                        .single()
                == 1;
    }

    /** Every folder (by its hash) that holds scanned files. */
    public List<String> scannedDirectoryHashes() {
        return jdbc.sql("SELECT DISTINCT dir_hash FROM media_files WHERE source = 'scan'")
                .query(String.class)
                .list();
    }

    /** The songs of the scanned files of a folder that is no longer there (by its hash). */
    public List<Long> songsInDirectory(String dirHash) {
        return jdbc.sql("SELECT song_id FROM media_files WHERE dir_hash = ? AND source = 'scan'")
                .param(dirHash)
                .query(Long.class)
                .list();
    }

    private static StoredAudio stored(MediaFile file) {
        Instant modified =
                AudioFile.SCAN.equals(file.getSource()) ? Instant.ofEpochMilli(file.getMtimeMs()) : file.getCreatedAt();
        return new StoredAudio(
                file.getSongId(),
                file.getSource(),
                file.getStorageKey(),
                file.getSha256(),
                file.getSize(),
                modified,
                file.getContainer(),
                file.getCodec(),
                file.getContentType(),
                file.getBitrate(),
                file.getDurationMs(),
                file.getTrackGain(),
                file.getTrackPeak(),
                file.getAlbumGain(),
                file.getAlbumPeak());
    }
}
