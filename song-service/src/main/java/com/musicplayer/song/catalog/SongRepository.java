package com.musicplayer.song.catalog;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SongRepository extends JpaRepository<Song, Long> {

    String MATCHES = """
            (:artist is null or lower(s.artist) = :artist)
              and (:genre is null or lower(s.genre) = :genre)
              and (:q is null or lower(s.title) like :q escape '!' or lower(s.artist) like :q escape '!')
            """;

    /**
     * A page by offset, in the pageable's order. Parameters come from {@link
     * com.musicplayer.platform.web.SearchTerms}; {@code null} means no filter. No count: see {@link #countMatching}.
     */
    @Query("select s from Song s where " + MATCHES)
    List<Song> search(
            @Param("artist") String artist, @Param("genre") String genre, @Param("q") String q, Pageable pageable);

    /** A page by key: the matching songs after the given id, in id order — as fast deep in the list as at its start. */
    @Query("select s from Song s where s.id > :after and " + MATCHES + " order by s.id")
    List<Song> searchAfter(
            @Param("artist") String artist,
            @Param("genre") String genre,
            @Param("q") String q,
            @Param("after") long after,
            Limit limit);

    @Query("select count(s) from Song s where " + MATCHES)
    long countMatching(@Param("artist") String artist, @Param("genre") String genre, @Param("q") String q);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Song s where s.id = :id")
    Optional<Song> lockById(@Param("id") long id);
}
