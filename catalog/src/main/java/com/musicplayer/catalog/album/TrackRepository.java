package com.musicplayer.catalog.album;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrackRepository extends JpaRepository<Track, Track.Key> {

    long countByAlbumId(long albumId);

    @Query("select t.position from Track t where t.albumId = :album and t.songId = :song")
    Optional<Integer> positionOf(@Param("album") long albumId, @Param("song") long songId);

    /** Moves every track whose position is within [from, to] by {@code by}. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Track t set t.position = t.position + :by
            where t.albumId = :album and t.position >= :from and t.position <= :to
            """)
    int shift(@Param("album") long albumId, @Param("from") int from, @Param("to") int to, @Param("by") int by);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("insert into Track (albumId, songId, position) values (:album, :song, :position)")
    int insert(@Param("album") long albumId, @Param("song") long songId, @Param("position") int position);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Track t set t.position = :position where t.albumId = :album and t.songId = :song")
    int move(@Param("album") long albumId, @Param("song") long songId, @Param("position") int position);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Track t where t.albumId = :album and t.songId = :song")
    int remove(@Param("album") long albumId, @Param("song") long songId);
}
