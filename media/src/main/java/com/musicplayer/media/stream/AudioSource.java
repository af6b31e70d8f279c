package com.musicplayer.media.stream;

import com.musicplayer.media.file.StoredAudio;
import com.musicplayer.media.storage.BlobStore;
import com.musicplayer.media.storage.LocalBlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * A song's original audio, ready to be sent: a file on this machine (a scanned file, or an upload
 * in the local blob store) that can go out zero-copy, or an object in S3 read by ranged GETs.
 */
@NamedInterface("api")
public final class AudioSource {

    private final StoredAudio audio;
    private final Path file;
    private final BlobStore blobs;

    private AudioSource(StoredAudio audio, Path file, BlobStore blobs) {
        this.audio = audio;
        this.file = file;
        this.blobs = blobs;
    }

    static AudioSource of(StoredAudio audio, BlobStore blobs) {
        if (audio.scanned()) {
            return new AudioSource(audio, Path.of(audio.storageKey()), null);
        }
        return new AudioSource(audio, blobs.localFile(audio.storageKey()).orElse(null), blobs);
    }

    public StoredAudio audio() {
        return audio;
    }

    public long size() {
        return audio.size();
    }

    /** The audio as a local file (for sendfile), or empty when it lives in S3. */
    public Optional<Path> localFile() {
        return Optional.ofNullable(file);
    }

    /** {@code length} bytes from {@code offset}: a positioned file read, or one ranged GET in S3. */
    public InputStream open(long offset, long length) throws IOException {
        if (file == null) {
            return blobs.open(audio.storageKey(), offset, length);
        }
        return openFile(file, offset, length);
    }

    /** {@code length} bytes of a local file from {@code offset} (a positioned read: nothing before is read). */
    public static InputStream openFile(Path file, long offset, long length) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        return LocalBlobStore.openRange(file, offset, length);
    }

    /** The file name extension of the original ({@code flac}, {@code mp3} …), for downloads. */
    public String extension() {
        String key = audio.storageKey();
        int slash = Math.max(key.lastIndexOf('/'), key.lastIndexOf('\\'));
        int dot = key.lastIndexOf('.');
        if (dot > slash && dot < key.length() - 1) {
            return key.substring(dot + 1).toLowerCase(Locale.ROOT);
        }
        return audio.container() == null ? "bin" : audio.container();
    }
}
