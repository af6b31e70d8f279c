package com.musicplayer.playlist.queue;

import com.musicplayer.library.queue.PlayQueueRequest;
import com.musicplayer.library.queue.PlayQueueView;
import com.musicplayer.library.queue.PlayQueues;
import com.musicplayer.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/me/queue")
@Tag(name = "play queue")
class QueueController {

    private final PlayQueues queues;

    QueueController(PlayQueues queues) {
        this.queues = queues;
    }

    @GetMapping
    @Operation(summary = "The caller's play queue as last saved (empty when never saved)")
    PlayQueueView get(Caller caller) {
        return queues.get(caller.userId());
    }

    @PutMapping
    @Operation(summary = "Save the caller's whole play queue: `song_ids`, `current_index`, `position_ms`")
    PlayQueueView put(@Valid @RequestBody PlayQueueRequest request, Caller caller) {
        return queues.save(caller.userId(), request);
    }
}
