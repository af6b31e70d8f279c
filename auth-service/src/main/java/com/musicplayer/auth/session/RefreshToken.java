package com.musicplayer.auth.session;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A refresh token, known only by its SHA-256: a database leak yields no usable token. */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

    @Id
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id")
    private TokenFamily family;

    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected RefreshToken() {}

    RefreshToken(String tokenHash, TokenFamily family, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.family = family;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    TokenFamily getFamily() {
        return family;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    void markUsed(Instant at) {
        usedAt = at;
    }
}
