-- Playlists and the play queue (DESIGN §10), owned by the library module. ${text_type} is a long
-- text column (PostgreSQL TEXT, H2 CLOB, MariaDB MEDIUMTEXT).
--
-- playlists: version is the optimistic-locking counter (the ETag), bumped by every write to the
-- playlist or its entries. song_count and duration (seconds, the sum of its songs' known
-- durations) are kept by the same writes, so a playlist and the lists of playlists read them
-- without counting entries. A user's playlists go with the user.
CREATE TABLE playlists (
    id          ${id_type}   PRIMARY KEY,
    owner_id    BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500),
    public      BOOLEAN      DEFAULT FALSE NOT NULL,
    version     INTEGER      DEFAULT 1 NOT NULL,
    song_count  INTEGER      DEFAULT 0 NOT NULL,
    duration    BIGINT       DEFAULT 0 NOT NULL,
    created_at  ${ts_type}   NOT NULL,
    updated_at  ${ts_type}   NOT NULL,
    CONSTRAINT fk_playlists_owner FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_playlists_version CHECK (version >= 1),
    CONSTRAINT ck_playlists_song_count CHECK (song_count >= 0 AND song_count <= 10000),
    CONSTRAINT ck_playlists_duration CHECK (duration >= 0)
);
CREATE INDEX ix_playlists_owner ON playlists (owner_id, id);
CREATE INDEX ix_playlists_public ON playlists (public, id);

-- playlist_entries: the playlist's songs at positions 1..n without gaps (the library module keeps
-- them so); a song may appear more than once, so the key is the position, not the song.
-- Moving entries shifts a window of positions through a temporary offset far above the cap
-- (10,000), so no statement ever needs two rows at one position.
--
-- Deleting a song: the song's FK has no cascade on purpose. The library module removes a song's
-- entries and closes the gaps they leave when the catalog announces the deletion (SongsDeleting),
-- in the deleting transaction, under the playlists' row locks. A cascade would delete entries
-- behind the library's back and leave gaps; without it, a deletion that somehow missed the
-- library's listener fails instead of breaking a playlist's order.
CREATE TABLE playlist_entries (
    playlist_id BIGINT     NOT NULL,
    position    INTEGER    NOT NULL,
    song_id     BIGINT     NOT NULL,
    added_at    ${ts_type} NOT NULL,
    CONSTRAINT pk_playlist_entries PRIMARY KEY (playlist_id, position),
    CONSTRAINT fk_playlist_entries_playlist FOREIGN KEY (playlist_id) REFERENCES playlists (id) ON DELETE CASCADE,
    CONSTRAINT fk_playlist_entries_song FOREIGN KEY (song_id) REFERENCES songs (id),
    CONSTRAINT ck_playlist_entries_position CHECK (position >= 1)
);
CREATE INDEX ix_playlist_entries_song ON playlist_entries (song_id, playlist_id);

-- play_queues: what each listener is playing, to resume on another device: the queue's song ids
-- (comma-separated, in order), which one is current, how far into it, and which client saved it.
-- Song ids are not keys here: a queue is a snapshot, and ids of songs deleted since are dropped
-- when it is read.
CREATE TABLE play_queues (
    user_id       BIGINT       PRIMARY KEY,
    song_ids      ${text_type} NOT NULL,
    current_index INTEGER      NOT NULL,
    position_ms   BIGINT       NOT NULL,
    changed_by    VARCHAR(255),
    updated_at    ${ts_type}   NOT NULL,
    CONSTRAINT fk_play_queues_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_play_queues_current_index CHECK (current_index >= 0),
    CONSTRAINT ck_play_queues_position_ms CHECK (position_ms >= 0)
);
