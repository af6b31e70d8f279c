package com.musicplayer.song.like;

import com.musicplayer.catalog.song.SongView;
import com.musicplayer.library.like.Likes;
import com.musicplayer.platform.security.Caller;
import com.musicplayer.platform.web.PageParams;
import com.musicplayer.platform.web.PagedResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/songs")
@Tag(name = "likes")
class LikeController {

    private final Likes likes;

    LikeController(Likes likes) {
        this.likes = likes;
    }

    @PutMapping("/{id}/like")
    @Operation(summary = "Like a song (idempotent)")
    ResponseEntity<Void> like(@PathVariable long id, Caller caller) {
        likes.like(caller.userId(), id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/like")
    @Operation(summary = "Take back a like (idempotent)")
    ResponseEntity<Void> unlike(@PathVariable long id, Caller caller) {
        likes.unlike(caller.userId(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/liked")
    @Operation(summary = "The caller's liked songs, newest like first")
    ResponseEntity<List<SongView>> liked(@Valid @ParameterObject PageParams page, Caller caller) {
        return PagedResponse.of(likes.liked(caller.userId(), page));
    }
}
