package com.musicplayer.media.stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.musicplayer.media.file.MediaFiles;
import com.musicplayer.media.file.StoredAudio;
import com.musicplayer.media.storage.BlobStore;
import java.time.Duration;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Where a song's original audio is, for streaming and downloads. A player sends many range requests
 * for one song (open, seek, seek …), so what {@code media_files} says about a song is kept for 2 s:
 * those requests cost no database round trip, and a change (a rescan, a deleted song) shows within 2 s.
 */
@Service
@NamedInterface("api")
public class AudioSources {

    private static final Duration REMEMBERED = Duration.ofSeconds(2);

    private final MediaFiles files;
    private final BlobStore blobs;
    private final Cache<Long, Optional<StoredAudio>> recent = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED)
            .maximumSize(10_000)
            .build();

    AudioSources(MediaFiles files, BlobStore blobs) {
        this.files = files;
        this.blobs = blobs;
    }

    /** Empty for a song with no audio (e.g. created over the API with only a {@code file_url}). */
    public Optional<AudioSource> ofSong(long songId) {
        return recent.get(songId, files::ofSong).map(audio -> AudioSource.of(audio, blobs));
    }
}
