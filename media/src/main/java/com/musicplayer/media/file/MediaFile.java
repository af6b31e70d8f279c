package com.musicplayer.media.file;

import com.musicplayer.platform.db.UtcTimestamp;
import com.musicplayer.platform.persistence.Timestamped;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Types;

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

    /** The SQL types of the columns {@link #values} gives, in the order of MediaImports' insert. */
    static final int[] COLUMNS = {
        Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
        Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER,
        Types.BIGINT, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.BIGINT, Types.TIMESTAMP,
        Types.TIMESTAMP
    };

    /** A new row's values, for an insert by JDBC (MediaImports batches a scan's new files). */
    Object[] values(UtcTimestamp now) {
        return new Object[] {
            songId, source, storageKey, keyHash, dirHash, sha256, size, mtimeMs, container, codec, contentType,
            bitrate, sampleRate, channels, durationMs, trackGain, trackPeak, albumGain, albumPeak, artworkId, now, now
        };
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
