-- API keys (DESIGN §11), owned by auth-service's api-keys module: per-device keys for Subsonic
-- players. Passwords are bcrypt hashes, and Subsonic's token auth (t = md5(key + salt)) needs the
-- key itself, so a key is stored encrypted (AES-256-GCM: ciphertext with its tag, and the 96-bit
-- nonce, both base64) under a server secret that is never in the database. key_hash is the SHA-256
-- (hex) of the key: the apiKey= form finds its row with one probe. key_prefix is shown in lists so
-- a user can tell keys apart; the key itself is shown once, when it is created.
CREATE TABLE api_keys (
    id             ${id_type}   PRIMARY KEY,
    user_id        BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    key_prefix     VARCHAR(16)  NOT NULL,
    key_hash       VARCHAR(64)  NOT NULL,
    key_ciphertext VARCHAR(255) NOT NULL,
    key_nonce      VARCHAR(32)  NOT NULL,
    created_at     ${ts_type}   NOT NULL,
    last_used_at   ${ts_type},
    CONSTRAINT uk_api_keys_hash UNIQUE (key_hash),
    CONSTRAINT fk_api_keys_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_api_keys_user ON api_keys (user_id);
