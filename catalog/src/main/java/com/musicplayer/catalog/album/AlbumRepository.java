package com.musicplayer.catalog.album;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AlbumRepository extends JpaRepository<Album, Long> {

    /** Serialises every change to one album's track list. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Album a where a.id = :id")
    Optional<Album> lockById(@Param("id") long id);

    @Query("select min(a.id) from Album a where a.artistId = :artist and lower(a.title) = :title")
    Optional<Long> findIdByArtistAndTitle(@Param("artist") long artistId, @Param("title") String titleKey);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Album a set a.coverImageUrl = :cover where a.id = :id and a.coverImageUrl is null")
    int coverIfMissing(@Param("id") long albumId, @Param("cover") String cover);
}
