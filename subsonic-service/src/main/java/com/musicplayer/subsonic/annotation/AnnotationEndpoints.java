package com.musicplayer.subsonic.annotation;

import com.musicplayer.library.like.Likes;
import com.musicplayer.library.play.PlayRequest;
import com.musicplayer.library.play.Plays;
import com.musicplayer.subsonic.api.Call;
import com.musicplayer.subsonic.api.Endpoints;
import com.musicplayer.subsonic.api.Ids;
import com.musicplayer.subsonic.api.SubsonicError;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * star/unstar and scrobble through the library module: a starred song is a liked song (the same like
 * the REST API shows), a scrobble is a play, and {@code submission=false} is "now playing". Albums
 * and artists cannot be liked in MusicPlayer: their stars are accepted and not kept.
 */
@Component
class AnnotationEndpoints implements Endpoints {

    private final Likes likes;
    private final Plays plays;

    AnnotationEndpoints(Likes likes, Plays plays) {
        this.likes = likes;
        this.plays = plays;
    }

    @Override
    public void register(Registry registry) {
        registry.add("star", call -> {
            for (long song : songs(call)) {
                likes.like(call.userId(), song);
            }
            return null;
        });
        registry.add("unstar", call -> {
            for (long song : songs(call)) {
                likes.unlike(call.userId(), song);
            }
            return null;
        });
        registry.add("scrobble", this::scrobble);
    }

    private static List<Long> songs(Call call) {
        List<String> ids = call.values("id");
        if (ids.isEmpty()
                && call.values("albumId").isEmpty()
                && call.values("artistId").isEmpty()) {
            throw SubsonicError.missing("id, albumId or artistId");
        }
        return ids.stream().map(Ids::song).toList();
    }

    private com.musicplayer.subsonic.api.Element scrobble(Call call) {
        List<String> ids = call.values("id");
        if (ids.isEmpty()) {
            throw SubsonicError.missing("id");
        }
        List<String> times = call.values("time");
        boolean submission = call.flag("submission", true);
        for (int i = 0; i < ids.size(); i++) {
            long song = Ids.song(ids.get(i));
            Instant at = i < times.size() ? time(times.get(i)) : null;
            plays.record(call.userId(), song, new PlayRequest(at, null, submission));
        }
        return null;
    }

    private static Instant time(String millis) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(millis.trim()));
        } catch (NumberFormatException ex) {
            throw SubsonicError.invalid("time", millis);
        }
    }
}
