package com.musicplayer.subsonic.playlist;

import com.musicplayer.catalog.song.SongView;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.library.queue.PlayQueueRequest;
import com.musicplayer.library.queue.PlayQueueView;
import com.musicplayer.library.queue.PlayQueues;
import com.musicplayer.subsonic.api.Call;
import com.musicplayer.subsonic.api.Element;
import com.musicplayer.subsonic.api.Endpoints;
import com.musicplayer.subsonic.api.Ids;
import com.musicplayer.subsonic.api.SubsonicError;
import com.musicplayer.subsonic.api.Views;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * getPlayQueue and savePlayQueue over the library's play queue (the one {@code /me/queue} shows).
 * Subsonic names the current song by its id, the library by its index in the queue: saving, the
 * first occurrence of {@code current} in the queue is current (a {@code current} not in the queue
 * is 0, nothing saved); reading, the current index's song id is {@code current}. Unknown songs are
 * 70 and save nothing; no {@code id} saves an empty queue (OpenSubsonic: clears it).
 */
@Component
class PlayQueueEndpoints implements Endpoints {

    private static final int CLIENT_MAX = 255;

    private final PlayQueues queues;
    private final Songs songs;

    PlayQueueEndpoints(PlayQueues queues, Songs songs) {
        this.queues = queues;
        this.songs = songs;
    }

    @Override
    public void register(Registry registry) {
        registry.add("getPlayQueue", this::get);
        registry.add("savePlayQueue", this::save);
    }

    /** The queue as last saved; never saved: an empty answer, as Subsonic servers give. */
    private Element get(Call call) {
        PlayQueueView queue = queues.get(call.userId());
        if (queue.updatedAt() == null) {
            return null;
        }
        Map<Long, SongView> views = new HashMap<>();
        songs.views(queue.songIds().stream().distinct().toList(), call.userId())
                .forEach(view -> views.put(view.id(), view));
        Element element = Element.of("playQueue");
        if (!queue.songIds().isEmpty()) {
            element.attr("current", String.valueOf(queue.songIds().get(queue.currentIndex())))
                    .attr("position", queue.positionMs());
        }
        return element.attr("username", call.user().username())
                .attr("changed", queue.updatedAt().toString())
                .attr("changedBy", queue.changedBy() == null ? "" : queue.changedBy())
                .list(
                        "entry",
                        queue.songIds().stream()
                                .filter(views::containsKey)
                                .map(id -> Views.song("entry", views.get(id)))
                                .toList());
    }

    private Element save(Call call) {
        List<Long> ids = call.values("id").stream().map(Ids::song).toList();
        if (ids.size() > PlayQueues.MAX_SONGS) {
            throw new SubsonicError(
                    SubsonicError.GENERIC, "A play queue holds at most " + PlayQueues.MAX_SONGS + " songs");
        }
        int index = 0;
        String current = call.param("current");
        if (current != null) {
            index = ids.indexOf(Ids.song(current));
            if (index < 0) {
                throw SubsonicError.invalid("current", current + " (not in the queue)");
            }
        }
        long position = position(call.param("position"));
        String client = call.param("c");
        if (client != null && client.length() > CLIENT_MAX) {
            client = client.substring(0, CLIENT_MAX);
        }
        PlayQueueRequest request = new PlayQueueRequest(ids, index, position, client);
        LibraryErrors.translated(
                SubsonicError.NOT_FOUND,
                "Song not found: " + ids.stream().distinct().limit(20).toList(),
                () -> queues.save(call.userId(), request));
        return null;
    }

    private static long position(String value) {
        if (value == null) {
            return 0;
        }
        try {
            long position = Long.parseLong(value.trim());
            if (position < 0) {
                throw SubsonicError.invalid("position", value);
            }
            return position;
        } catch (NumberFormatException ex) {
            throw SubsonicError.invalid("position", value);
        }
    }
}
