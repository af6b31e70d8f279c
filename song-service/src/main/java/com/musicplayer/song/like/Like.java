package com.musicplayer.song.like;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A user likes a song ({@code user_likes}); the primary key makes a second like impossible. */
@Entity
@Table(name = "user_likes")
@IdClass(Like.Key.class)
class Like {

    @Id
    private Long userId;

    @Id
    private Long songId;

    private Instant createdAt;

    protected Like() {}

    record Key(Long userId, Long songId) implements Serializable {}
}
