package com.musicplayer.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where uploaded audio and artwork are kept: the local file system ({@link LocalBlobStore}) or any
 * S3-compatible store ({@link S3BlobStore}), chosen by {@code musicplayer.media.storage}. Keys are
 * relative paths ({@code audio/ab/abcd….flac}); a stored object never changes (its key carries its
 * content hash), so it can be cached and served with a strong ETag.
 */
public interface BlobStore {

    /** Moves {@code file} (a finished temp file) into the store under {@code key}; the file is gone after. */
    void put(String key, Path file) throws IOException;

    /** {@code length} bytes from {@code offset} (a ranged read: S3 sends only those bytes). */
    InputStream open(String key, long offset, long length) throws IOException;

    /** The object as a local file, when it is one (for zero-copy sending); empty for S3. */
    Optional<Path> localFile(String key);

    boolean exists(String key) throws IOException;

    /** Deletes the object; nothing if there is none. */
    void delete(String key) throws IOException;

    /** What the store is, for logs: a directory or an s3:// URI. */
    String describe();
}
