-- The one schema of DESIGN §2. Vendor-specific column types come from placeholders that the
-- platform sets from the connected database (see com.musicplayer.platform.db.VendorPlaceholders):
--   ${id_type}  identity primary key      ${ts_type}  UTC timestamp with microseconds

CREATE TABLE users (
    id            ${id_type} PRIMARY KEY,
    username      VARCHAR(255) NOT NULL,
    email         VARCHAR(255) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    first_name    VARCHAR(255) NOT NULL,
    last_name     VARCHAR(255),
    role          VARCHAR(16)  DEFAULT 'USER' NOT NULL,
    created_at    ${ts_type}   NOT NULL,
    updated_at    ${ts_type}   NOT NULL,
    CONSTRAINT uk_users_username UNIQUE (username),
    -- emails are stored lower-cased by user-service, so this unique key is case-insensitive everywhere
    CONSTRAINT uk_users_email UNIQUE (email),
    CONSTRAINT ck_users_role CHECK (role IN ('USER', 'ADMIN'))
);
CREATE INDEX ix_users_role ON users (role);

CREATE TABLE albums (
    id              ${id_type} PRIMARY KEY,
    title           VARCHAR(100) NOT NULL,
    artist          VARCHAR(100) NOT NULL,
    genre           VARCHAR(50)  NOT NULL,
    description     VARCHAR(500),
    cover_image_url VARCHAR(255),
    created_at      ${ts_type}   NOT NULL,
    updated_at      ${ts_type}   NOT NULL
);
CREATE INDEX ix_albums_title ON albums (title);
CREATE INDEX ix_albums_artist ON albums (artist);
CREATE INDEX ix_albums_genre ON albums (genre);
CREATE INDEX ix_albums_created_at ON albums (created_at);

CREATE TABLE songs (
    id              ${id_type} PRIMARY KEY,
    title           VARCHAR(100) NOT NULL,
    artist          VARCHAR(100) NOT NULL,
    genre           VARCHAR(50)  NOT NULL,
    file_url        VARCHAR(255) NOT NULL,
    duration        INTEGER,
    description     VARCHAR(500),
    cover_image_url VARCHAR(255),
    release_date    DATE,
    created_at      ${ts_type}   NOT NULL,
    updated_at      ${ts_type}   NOT NULL,
    CONSTRAINT ck_songs_duration CHECK (duration >= 0)
);
CREATE INDEX ix_songs_title ON songs (title);
CREATE INDEX ix_songs_artist ON songs (artist);
CREATE INDEX ix_songs_genre ON songs (genre);
CREATE INDEX ix_songs_created_at ON songs (created_at);
CREATE INDEX ix_songs_release_date ON songs (release_date);
CREATE INDEX ix_songs_duration ON songs (duration);

CREATE TABLE album_songs (
    album_id BIGINT  NOT NULL,
    song_id  BIGINT  NOT NULL,
    position INTEGER NOT NULL,
    CONSTRAINT pk_album_songs PRIMARY KEY (album_id, song_id),
    CONSTRAINT fk_album_songs_album FOREIGN KEY (album_id) REFERENCES albums (id) ON DELETE CASCADE,
    CONSTRAINT fk_album_songs_song FOREIGN KEY (song_id) REFERENCES songs (id) ON DELETE CASCADE,
    CONSTRAINT ck_album_songs_position CHECK (position >= 1)
);
CREATE INDEX ix_album_songs_song ON album_songs (song_id);
CREATE INDEX ix_album_songs_album_position ON album_songs (album_id, position);

CREATE TABLE user_likes (
    user_id    BIGINT     NOT NULL,
    song_id    BIGINT     NOT NULL,
    created_at ${ts_type} NOT NULL,
    CONSTRAINT pk_user_likes PRIMARY KEY (user_id, song_id),
    CONSTRAINT fk_user_likes_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_likes_song FOREIGN KEY (song_id) REFERENCES songs (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_likes_song ON user_likes (song_id);
CREATE INDEX ix_user_likes_user_created ON user_likes (user_id, created_at);
