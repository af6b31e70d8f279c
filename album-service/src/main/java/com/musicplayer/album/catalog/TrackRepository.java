package com.musicplayer.album.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrackRepository extends JpaRepository<Track, Track.Key> {

    /** Rows of (album id, number of songs), one grouped query for a whole page of albums. */
    @Query("select t.albumId, count(t) from Track t where t.albumId in :albumIds group by t.albumId")
    List<Object[]> countSongs(@Param("albumIds") Collection<Long> albumIds);

    long countByAlbumId(long albumId);

    @Query("select t.position from Track t where t.albumId = :album and t.songId = :song")
    Optional<Integer> positionOf(@Param("album") long albumId, @Param("song") long songId);

    /** Rows of (song, position) in track order. */
    @Query(value = """
                    select s, t.position from Track t join Song s on s.id = t.songId
                    where t.albumId = :album order by t.position, s.id
                    """, countQuery = "select count(t) from Track t where t.albumId = :album")
    Page<Object[]> songsOf(@Param("album") long albumId, Pageable pageable);

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
