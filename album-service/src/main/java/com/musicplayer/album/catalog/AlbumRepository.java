package com.musicplayer.album.catalog;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AlbumRepository extends JpaRepository<Album, Long> {

    /** Parameters come from {@link com.musicplayer.platform.web.SearchTerms}; {@code null} means no filter. */
    @Query("""
            select a from Album a
            where (:artist is null or lower(a.artist) = :artist)
              and (:genre is null or lower(a.genre) = :genre)
              and (:q is null or lower(a.title) like :q escape '!' or lower(a.artist) like :q escape '!')
            """)
    Page<Album> search(
            @Param("artist") String artist, @Param("genre") String genre, @Param("q") String q, Pageable pageable);

    /** Serialises every change to one album's track list. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Album a where a.id = :id")
    Optional<Album> lockById(@Param("id") long id);
}
