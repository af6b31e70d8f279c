package com.musicplayer.catalog.song;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SongRepository extends JpaRepository<Song, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Song s where s.id = :id")
    Optional<Song> lockById(@Param("id") long id);

    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select s.id from Song s where s.id = :id")
    Optional<Long> lockShared(@Param("id") long id);
}
