package com.musicplayer.media.file;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/** Reads of {@code media_files}: a song's audio, and what a rescan compares a folder with. */
@Service
@NamedInterface("api")
public class MediaFiles {

    /** A scanned file as last seen: a rescan leaves it unopened while its size and mtime stay. */
    public record KnownFile(long songId, String storageKey, long size, long mtimeMs) {}

    private final MediaFileRepository files;

    MediaFiles(MediaFileRepository files) {
        this.files = files;
    }

    public Optional<StoredAudio> ofSong(long songId) {
        return files.findBySongId(songId).map(MediaFiles::stored);
    }

    /** The song of audio with this content, if the library has it already (uploaded or scanned). */
    public Optional<Long> songWithContent(String sha256) {
        return files.findFirstBySha256OrderByIdAsc(sha256).map(MediaFile::getSongId);
    }

    /** The scanned files known in one folder. */
    public List<KnownFile> scannedIn(String directory) {
        return files.scannedIn(MediaImports.dirHash(directory)).stream()
                .map(f -> new KnownFile(f.getSongId(), f.getStorageKey(), f.getSize(), f.getMtimeMs()))
                .toList();
    }

    /** Every folder (by its hash) that holds scanned files. */
    public List<String> scannedDirectoryHashes() {
        return files.scannedDirectories();
    }

    /** The songs of the scanned files of a folder that is no longer there (by its hash). */
    public List<Long> songsInDirectory(String dirHash) {
        return files.scannedIn(dirHash).stream().map(MediaFile::getSongId).toList();
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
