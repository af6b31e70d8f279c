-- Sessions (issue 5): refresh tokens rotate within a family that one login starts; a reused
-- refresh token revokes its whole family. Access tokens carry the family id (sid) so a logout
-- ends them too. users.tokens_valid_after: every token issued before it is void (password or
-- role change); a deleted user's rows are gone, and with them every session.

ALTER TABLE users ADD tokens_valid_after ${ts_type};

CREATE TABLE token_families (
    id         VARCHAR(36) PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    created_at ${ts_type}  NOT NULL,
    revoked_at ${ts_type},
    CONSTRAINT fk_token_families_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_token_families_user ON token_families (user_id);

CREATE TABLE refresh_tokens (
    -- SHA-256 of the token, hex: the token itself is never stored
    token_hash VARCHAR(64) PRIMARY KEY,
    family_id  VARCHAR(36) NOT NULL,
    created_at ${ts_type}  NOT NULL,
    expires_at ${ts_type}  NOT NULL,
    used_at    ${ts_type},
    CONSTRAINT fk_refresh_tokens_family FOREIGN KEY (family_id) REFERENCES token_families (id) ON DELETE CASCADE
);
CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX ix_refresh_tokens_expires ON refresh_tokens (expires_at);
