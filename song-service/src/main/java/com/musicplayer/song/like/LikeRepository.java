package com.musicplayer.song.like;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface LikeRepository extends JpaRepository<Like, Like.Key> {

    /** The user's liked song ids, newest like first. */
    @Query(value = """
                    select l.songId from Like l where l.userId = :user
                    order by l.createdAt desc, l.songId desc
                    """, countQuery = "select count(l) from Like l where l.userId = :user")
    Page<Long> songIdsLikedBy(@Param("user") long userId, Pageable pageable);

    boolean existsByUserIdAndSongId(long userId, long songId);

    /** Its own transaction: a duplicate key then fails only this statement's transaction. */
    @Transactional
    @Modifying
    @Query("insert into Like (userId, songId, createdAt) values (:user, :song, :at)")
    int insert(@Param("user") long userId, @Param("song") long songId, @Param("at") Instant at);

    @Transactional
    @Modifying
    @Query("delete from Like l where l.userId = :user and l.songId = :song")
    int remove(@Param("user") long userId, @Param("song") long songId);

    @Query(value = "select count(*) from users where id = :id", nativeQuery = true)
    long countUsers(@Param("id") long userId);
}
