package com.musicplayer.media.stream;

import com.musicplayer.media.file.MediaFiles;
import com.musicplayer.media.storage.BlobStore;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/** Where a song's original audio is, for streaming and downloads. */
@Service
@NamedInterface("api")
public class AudioSources {

    private final MediaFiles files;
    private final BlobStore blobs;

    AudioSources(MediaFiles files, BlobStore blobs) {
        this.files = files;
        this.blobs = blobs;
    }

    /** Empty for a song with no audio (e.g. created over the API with only a {@code file_url}). */
    public Optional<AudioSource> ofSong(long songId) {
        return files.ofSong(songId).map(audio -> AudioSource.of(audio, blobs));
    }
}
