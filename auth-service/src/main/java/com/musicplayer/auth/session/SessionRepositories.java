package com.musicplayer.auth.session;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TokenFamilyRepository extends JpaRepository<TokenFamily, String> {

    @Modifying
    @Query("update TokenFamily f set f.revokedAt = :at where f.userId = :userId and f.revokedAt is null")
    int revokeAllOf(long userId, Instant at);

    @Modifying
    @Query("delete from TokenFamily f where f.createdAt < :before"
            + " and not exists (select t from RefreshToken t where t.family = f and t.expiresAt > :now)")
    int deleteFinished(Instant before, Instant now);
}

interface RefreshTokenRepository extends JpaRepository<RefreshToken, String> {

    /** Locked, so that two concurrent uses of one token cannot both rotate it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from RefreshToken t join fetch t.family where t.tokenHash = :hash")
    Optional<RefreshToken> findForUpdate(String hash);
}
