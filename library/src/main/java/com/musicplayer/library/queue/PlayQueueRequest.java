package com.musicplayer.library.queue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** The whole queue, replacing the one saved: songs in order, the current one's index, how far into it. */
@NamedInterface("api")
public record PlayQueueRequest(
        @NotNull @Size(max = PlayQueues.MAX_SONGS) List<@NotNull @Min(1) Long> songIds,
        @Min(0) Integer currentIndex,
        @Min(0) Long positionMs,
        @Size(max = 255) String changedBy) {

    @JsonIgnore
    @AssertTrue(message = "must be an index into song_ids (0 for an empty queue)")
    public boolean isCurrentIndexInQueue() {
        int index = currentIndex == null ? 0 : currentIndex;
        return songIds == null || index == 0 || index < songIds.size();
    }
}
