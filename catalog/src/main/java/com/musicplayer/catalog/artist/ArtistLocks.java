package com.musicplayer.catalog.artist;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An artist's row lock (catalog-internal): the importer takes it before it looks for or creates an
 * album of that artist, so two imports of one new album make one album.
 */
@Component
public class ArtistLocks {

    private final EntityManager entityManager;

    ArtistLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long artistId) {
        entityManager.find(Artist.class, artistId, LockModeType.PESSIMISTIC_WRITE);
    }
}
