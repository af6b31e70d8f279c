package com.musicplayer.media.file;

import com.musicplayer.platform.persistence.Timestamped;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The audio behind a song ({@code media_files}): where it is (a scanned file's path, an upload's
 * blob key), what it is, and how a scan recognises it unchanged (size and mtime).
 */
@Entity
@Table(name = "media_files")
class MediaFile extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long songId;
    private String source;
    private String storageKey;
    private String keyHash;
    private String dirHash;
    private String sha256;
    private long size;
    private long mtimeMs;
    private String container;
    private String codec;
    private String contentType;
    private Integer bitrate;
    private Integer sampleRate;
    private Integer channels;
    private long durationMs;
    private Double trackGain;
    private Double trackPeak;
    private Double albumGain;
    private Double albumPeak;
    private Long artworkId;

    protected MediaFile() {}

    MediaFile(long songId, String source, String storageKey, String keyHash, String dirHash) {
        this.songId = songId;
        this.source = source;
        this.storageKey = storageKey;
        this.keyHash = keyHash;
        this.dirHash = dirHash;
    }

    void describe(AudioFile file, Long artworkId) {
        var tags = file.tags();
        this.sha256 = file.sha256();
        this.size = file.size();
        this.mtimeMs = file.mtimeMs();
        this.container = tags.container();
        this.codec = tags.codec();
        this.contentType = tags.contentType();
        this.bitrate = tags.bitrate();
        this.sampleRate = tags.sampleRate();
        this.channels = tags.channels();
        this.durationMs = tags.durationMs();
        this.trackGain = tags.replayGain().trackGain();
        this.trackPeak = tags.replayGain().trackPeak();
        this.albumGain = tags.replayGain().albumGain();
        this.albumPeak = tags.replayGain().albumPeak();
        this.artworkId = artworkId;
    }

    Long getId() {
        return id;
    }

    String getKeyHash() {
        return keyHash;
    }

    long getSongId() {
        return songId;
    }

    String getSource() {
        return source;
    }

    String getStorageKey() {
        return storageKey;
    }

    String getSha256() {
        return sha256;
    }

    long getSize() {
        return size;
    }

    long getMtimeMs() {
        return mtimeMs;
    }

    String getContainer() {
        return container;
    }

    String getCodec() {
        return codec;
    }

    String getContentType() {
        return contentType;
    }

    Integer getBitrate() {
        return bitrate;
    }

    long getDurationMs() {
        return durationMs;
    }

    Double getTrackGain() {
        return trackGain;
    }

    Double getTrackPeak() {
        return trackPeak;
    }

    Double getAlbumGain() {
        return albumGain;
    }

    Double getAlbumPeak() {
        return albumPeak;
    }
}
