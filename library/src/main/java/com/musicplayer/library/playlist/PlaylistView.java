package com.musicplayer.library.playlist;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * A playlist as the API shows it. {@code version} is its ETag: every write to the playlist or its
 * entries bumps it.
 *
 * @param duration seconds, the sum of its songs' known durations
 */
@NamedInterface("api")
public record PlaylistView(
        long id,
        long ownerId,
        String name,
        String description,
        @JsonProperty("public") boolean isPublic,
        int version,
        int songCount,
        long duration,
        Instant createdAt,
        Instant updatedAt) {

    /** The version as an HTTP entity tag: {@code "7"}. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
