-- Plays (DESIGN §9), owned by the library module: what each listener played, how many times each
-- song was played, and what each listener is playing now.
--
-- plays: one row per submitted play ("scrobble"); seconds is how long it was listened to, when the
-- player says. Indexes: a user's plays newest first (history); the caller's last play of a song
-- (last_played_at on every song read: one index probe); plays over a period by song (top of the
-- week or month: a range scan that never touches the table); and song_id for the cascade when a
-- song is deleted.
CREATE TABLE plays (
    id        ${id_type} PRIMARY KEY,
    user_id   BIGINT     NOT NULL,
    song_id   BIGINT     NOT NULL,
    played_at ${ts_type} NOT NULL,
    seconds   INTEGER,
    CONSTRAINT fk_plays_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_plays_song FOREIGN KEY (song_id) REFERENCES songs (id) ON DELETE CASCADE,
    CONSTRAINT ck_plays_seconds CHECK (seconds >= 0)
);
CREATE INDEX ix_plays_user_played ON plays (user_id, played_at, id);
CREATE INDEX ix_plays_user_song_played ON plays (user_id, song_id, played_at);
CREATE INDEX ix_plays_played_song ON plays (played_at, song_id);
CREATE INDEX ix_plays_song ON plays (song_id);

-- song_play_counts: how many plays each song has had, counted up in the same transaction as the
-- play is inserted, so that play_count on every song read is one primary-key probe however often a
-- song was played (counting its plays would cost as much as it is popular), and the all-time top
-- is a walk down one index. A song never played has no row (its count is 0). The count is the
-- number of plays submitted, an anonymous total: it stays when the account that played goes (the
-- account's plays, its personal history, are deleted with it).
CREATE TABLE song_play_counts (
    song_id    BIGINT PRIMARY KEY,
    play_count BIGINT NOT NULL,
    CONSTRAINT fk_song_play_counts_song FOREIGN KEY (song_id) REFERENCES songs (id) ON DELETE CASCADE,
    CONSTRAINT ck_song_play_counts_play_count CHECK (play_count >= 1)
);
CREATE INDEX ix_song_play_counts_rank ON song_play_counts (play_count DESC, song_id);

-- now_playing: what a listener is playing now (a play submitted with submission: false) - not a
-- play. One row per user, replaced by the next song; it counts as playing until the song would
-- have ended (the library module works that out from started_at and the song's duration).
CREATE TABLE now_playing (
    user_id    BIGINT     PRIMARY KEY,
    song_id    BIGINT     NOT NULL,
    started_at ${ts_type} NOT NULL,
    CONSTRAINT fk_now_playing_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_now_playing_song FOREIGN KEY (song_id) REFERENCES songs (id) ON DELETE CASCADE
);
CREATE INDEX ix_now_playing_song ON now_playing (song_id);
