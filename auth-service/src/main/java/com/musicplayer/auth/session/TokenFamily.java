package com.musicplayer.auth.session;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One login's session: every refresh token it rotates through, and the access tokens naming it as sid. */
@Entity
@Table(name = "token_families")
class TokenFamily {

    @Id
    private String id;

    private long userId;
    private String role;
    private Instant createdAt;
    private Instant revokedAt;

    protected TokenFamily() {}

    TokenFamily(String id, long userId, String role, Instant createdAt) {
        this.id = id;
        this.userId = userId;
        this.role = role;
        this.createdAt = createdAt;
    }

    String getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    String getRole() {
        return role;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
