package com.musicplayer.song.catalog;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SongRepository extends JpaRepository<Song, Long> {

    /** Parameters come from {@link com.musicplayer.platform.web.SearchTerms}; {@code null} means no filter. */
    @Query("""
            select s from Song s
            where (:artist is null or lower(s.artist) = :artist)
              and (:genre is null or lower(s.genre) = :genre)
              and (:q is null or lower(s.title) like :q escape '!' or lower(s.artist) like :q escape '!')
            """)
    Page<Song> search(
            @Param("artist") String artist, @Param("genre") String genre, @Param("q") String q, Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Song s where s.id = :id")
    Optional<Song> lockById(@Param("id") long id);
}
