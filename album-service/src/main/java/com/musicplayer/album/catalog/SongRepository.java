package com.musicplayer.album.catalog;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SongRepository extends JpaRepository<Song, Long> {

    /**
     * The song, share-locked until the transaction ends: song-service takes the row's write lock
     * before deleting a song, so a song cannot be added to an album while it is being deleted.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select s from Song s where s.id = :id")
    Optional<Song> lockShared(@Param("id") long id);
}
