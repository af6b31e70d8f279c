-- The music library (DESIGN §8): audio files found by scans or uploaded, their artwork, the
-- scans themselves and who uploaded what; lyrics belong to the catalog (songs); users may be
-- allowed to upload.
--
-- A scanned file is found again by its path: key_hash is the SHA-256 of its storage key (an
-- absolute path can outgrow what MariaDB can index) and dir_hash that of its directory, so a
-- rescan reads one directory's rows at a time. sha256 is the content's hash: the stream's ETag,
-- and how an upload of the same content twice is recognised.

CREATE TABLE artwork (
    id          ${id_type}    PRIMARY KEY,
    sha256      VARCHAR(64)   NOT NULL,
    mime_type   VARCHAR(32)   NOT NULL,
    width       INTEGER       NOT NULL,
    height      INTEGER       NOT NULL,
    size        BIGINT        NOT NULL,
    storage_key VARCHAR(255)  NOT NULL,
    created_at  ${ts_type}    NOT NULL,
    CONSTRAINT uk_artwork_sha256 UNIQUE (sha256)
);

CREATE TABLE media_files (
    id           ${id_type}    PRIMARY KEY,
    song_id      BIGINT        NOT NULL,
    source       VARCHAR(8)    NOT NULL,
    storage_key  VARCHAR(1024) NOT NULL,
    key_hash     VARCHAR(64)   NOT NULL,
    dir_hash     VARCHAR(64)   NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    size         BIGINT        NOT NULL,
    mtime_ms     BIGINT        NOT NULL,
    container    VARCHAR(16)   NOT NULL,
    codec        VARCHAR(16)   NOT NULL,
    content_type VARCHAR(64)   NOT NULL,
    bitrate      INTEGER,
    sample_rate  INTEGER,
    channels     INTEGER,
    duration_ms  BIGINT        NOT NULL,
    track_gain   DOUBLE PRECISION,
    track_peak   DOUBLE PRECISION,
    album_gain   DOUBLE PRECISION,
    album_peak   DOUBLE PRECISION,
    artwork_id   BIGINT,
    created_at   ${ts_type}    NOT NULL,
    updated_at   ${ts_type}    NOT NULL,
    CONSTRAINT uk_media_files_song UNIQUE (song_id),
    CONSTRAINT uk_media_files_key UNIQUE (key_hash),
    CONSTRAINT ck_media_files_source CHECK (source IN ('scan', 'upload')),
    CONSTRAINT fk_media_files_song FOREIGN KEY (song_id) REFERENCES songs (id) ON DELETE CASCADE,
    CONSTRAINT fk_media_files_artwork FOREIGN KEY (artwork_id) REFERENCES artwork (id) ON DELETE SET NULL
);
CREATE INDEX ix_media_files_dir ON media_files (dir_hash);
CREATE INDEX ix_media_files_sha256 ON media_files (sha256);
CREATE INDEX ix_media_files_artwork ON media_files (artwork_id);

CREATE TABLE scans (
    id           ${id_type}   PRIMARY KEY,
    state        VARCHAR(16)  NOT NULL,
    files_total  INTEGER      NOT NULL,
    files_seen   INTEGER      NOT NULL,
    imported     INTEGER      NOT NULL,
    updated      INTEGER      NOT NULL,
    removed      INTEGER      NOT NULL,
    failed       INTEGER      NOT NULL,
    error        VARCHAR(500),
    started_at   ${ts_type}   NOT NULL,
    heartbeat_at ${ts_type}   NOT NULL,
    finished_at  ${ts_type},
    CONSTRAINT ck_scans_state CHECK (state IN ('running', 'finished', 'failed'))
);
CREATE INDEX ix_scans_started ON scans (started_at);

CREATE TABLE uploads (
    id         ${id_type}   PRIMARY KEY,
    user_id    BIGINT,
    song_id    BIGINT,
    filename   VARCHAR(255) NOT NULL,
    size       BIGINT       NOT NULL,
    sha256     VARCHAR(64)  NOT NULL,
    created_at ${ts_type}   NOT NULL,
    CONSTRAINT fk_uploads_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT fk_uploads_song FOREIGN KEY (song_id) REFERENCES songs (id) ON DELETE SET NULL
);
CREATE INDEX ix_uploads_user ON uploads (user_id);
CREATE INDEX ix_uploads_song ON uploads (song_id);

-- catalog: a song's lyrics, plain and/or synced (one "start_ms<TAB>text" line per lyric line)
CREATE TABLE lyrics (
    song_id    BIGINT      PRIMARY KEY,
    plain      TEXT,
    synced     TEXT,
    source     VARCHAR(16) NOT NULL,
    updated_at ${ts_type}  NOT NULL,
    CONSTRAINT fk_lyrics_song FOREIGN KEY (song_id) REFERENCES songs (id) ON DELETE CASCADE
);

ALTER TABLE users ADD can_upload BOOLEAN DEFAULT FALSE NOT NULL;
