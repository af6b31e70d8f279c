-- Artists (DESIGN §7). The seed's `artist` strings on albums and songs stay the display names the
-- seed's clients read and write; artist_id links each row to one artist, resolved by name
-- case-insensitively ("The Band" and "the band" are one artist). Songs also learn where they were
-- imported from (album_id, track and disc number, year) for the importer of issue 12.
--
-- name_key is the lower-cased name: the unique key, the same on every database whatever its
-- collation. sort_name is the name without a leading article ("The Beatles" sorts as "Beatles"); the
-- catalog module computes both for new artists with the same rules as the backfill below.

CREATE TABLE artists (
    id         ${id_type}   PRIMARY KEY,
    name       VARCHAR(255) NOT NULL,
    name_key   VARCHAR(255) NOT NULL,
    sort_name  VARCHAR(255) NOT NULL,
    created_at ${ts_type}   NOT NULL,
    updated_at ${ts_type}   NOT NULL,
    CONSTRAINT uk_artists_name_key UNIQUE (name_key)
);
CREATE INDEX ix_artists_sort_name ON artists (sort_name);

-- one artist per distinct name, in any case; its display name is one of the spellings found, and
-- it is as old as the oldest row that names it
INSERT INTO artists (name, name_key, sort_name, created_at, updated_at)
SELECT name, name_key,
       CASE
           WHEN name_key LIKE 'the %' AND LENGTH(name) > 4 THEN SUBSTRING(name FROM 5)
           WHEN name_key LIKE 'an %' AND LENGTH(name) > 3 THEN SUBSTRING(name FROM 4)
           WHEN name_key LIKE 'a %' AND LENGTH(name) > 2 THEN SUBSTRING(name FROM 3)
           ELSE name
       END,
       created_at, created_at
FROM (
    SELECT MIN(artist) AS name, LOWER(artist) AS name_key, MIN(created_at) AS created_at
    FROM (
        SELECT artist, created_at FROM albums
        UNION ALL
        SELECT artist, created_at FROM songs
    ) named
    GROUP BY LOWER(artist)
) distinct_names;

ALTER TABLE albums ADD artist_id BIGINT;
ALTER TABLE albums ADD release_year INTEGER;
UPDATE albums SET artist_id = (SELECT a.id FROM artists a WHERE a.name_key = LOWER(albums.artist));
CREATE INDEX ix_albums_artist_id ON albums (artist_id);
ALTER TABLE albums ADD CONSTRAINT fk_albums_artist FOREIGN KEY (artist_id) REFERENCES artists (id);
ALTER TABLE albums ADD CONSTRAINT ck_albums_release_year CHECK (release_year BETWEEN 0 AND 9999);

ALTER TABLE songs ADD artist_id BIGINT;
ALTER TABLE songs ADD album_id BIGINT;
ALTER TABLE songs ADD track_number INTEGER;
ALTER TABLE songs ADD disc_number INTEGER;
ALTER TABLE songs ADD release_year INTEGER;
UPDATE songs SET artist_id = (SELECT a.id FROM artists a WHERE a.name_key = LOWER(songs.artist));
CREATE INDEX ix_songs_artist_id ON songs (artist_id);
CREATE INDEX ix_songs_album_id ON songs (album_id);
ALTER TABLE songs ADD CONSTRAINT fk_songs_artist FOREIGN KEY (artist_id) REFERENCES artists (id);
ALTER TABLE songs ADD CONSTRAINT fk_songs_album FOREIGN KEY (album_id) REFERENCES albums (id) ON DELETE SET NULL;
ALTER TABLE songs ADD CONSTRAINT ck_songs_track_number CHECK (track_number >= 0);
ALTER TABLE songs ADD CONSTRAINT ck_songs_disc_number CHECK (disc_number >= 0);
ALTER TABLE songs ADD CONSTRAINT ck_songs_release_year CHECK (release_year BETWEEN 0 AND 9999);
