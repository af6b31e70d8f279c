package com.musicplayer.media.file;

import com.musicplayer.media.artwork.CoverImage;
import com.musicplayer.media.tags.AudioTags;
import org.springframework.modulith.NamedInterface;

/**
 * An audio file read and checked, ready to import: where it is kept, its tags, content hash, size
 * and modification time, and the covers found for it (embedded, and the folder's image).
 *
 * @param storageKey a scanned file's absolute path, or an upload's blob key
 * @param directory what a rescan groups it by: the scanned file's folder (null for an upload)
 * @param known whether the library may have a row for its storage key already (a changed scanned
 *     file, any upload): only then does the import look for it — a file a scan found new does not
 *     cost a lookup
 */
@NamedInterface("api")
public record AudioFile(
        String source,
        String storageKey,
        String directory,
        AudioTags tags,
        String sha256,
        long size,
        long mtimeMs,
        CoverImage embeddedCover,
        CoverImage folderCover,
        boolean known) {

    public static final String SCAN = "scan";
    public static final String UPLOAD = "upload";
}
