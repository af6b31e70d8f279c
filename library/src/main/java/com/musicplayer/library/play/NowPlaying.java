package com.musicplayer.library.play;

import com.musicplayer.catalog.song.SongView;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.platform.db.ConcurrencyRetries;
import com.musicplayer.platform.db.UtcTimestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * What each user is playing now: one row per user, replaced by the next song a player reports
 * ({@link Plays#record} with {@code submission: false}). It is not a play, and it ends by itself:
 * a song counts as playing until it would have ended played straight through, plus {@link #GRACE}
 * for buffering and short pauses — or for {@link #UNKNOWN_LENGTH} when its duration is unknown. A
 * player that keeps playing reports the next song; one that stopped reports nothing, and the song
 * drops off on its own. Ended rows stay until the user's next song replaces them (one per user).
 */
@Service
@NamedInterface("api")
public class NowPlaying {

    static final Duration GRACE = Duration.ofMinutes(1);
    static final Duration UNKNOWN_LENGTH = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Songs songs;

    NowPlaying(JdbcClient jdbc, Songs songs) {
        this.jdbc = jdbc;
        this.songs = songs;
    }

    /** The song the user plays now, if one is still playing: two statements. */
    public Optional<NowPlayingView> current(long userId) {
        Optional<Row> row = jdbc.sql("SELECT song_id, started_at FROM now_playing WHERE user_id = ?")
                .param(userId)
                .query((rs, n) -> new Row(rs.getLong("song_id"), UtcTimestamp.read(rs, "started_at")))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return songs.views(List.of(row.get().songId()), userId).stream()
                .filter(song -> now.isBefore(endOf(song, row.get().startedAt())))
                .findFirst()
                .map(song -> new NowPlayingView(song, row.get().startedAt()));
    }

    /**
     * Replaces what the user plays now. A user's first song races a concurrent first song on the
     * primary key; the loser starts over and replaces the winner's.
     *
     * @throws org.springframework.dao.DataIntegrityViolationException when the song or the user does not exist
     */
    void start(long userId, long songId, Instant startedAt) {
        ConcurrencyRetries.run("a song playing now", () -> {
            int replaced = jdbc.sql("UPDATE now_playing SET song_id = ?, started_at = ? WHERE user_id = ?")
                    .params(songId, UtcTimestamp.of(startedAt), userId)
                    .update();
            if (replaced == 0) {
                try {
                    jdbc.sql("INSERT INTO now_playing (user_id, song_id, started_at) VALUES (?, ?, ?)")
                            .params(userId, songId, UtcTimestamp.of(startedAt))
                            .update();
                } catch (DuplicateKeyException first) {
                    throw new ConcurrencyFailureException("Another song started first for user " + userId, first);
                }
            }
        });
    }

    static Instant endOf(SongView song, Instant startedAt) {
        return song.duration() == null
                ? startedAt.plus(UNKNOWN_LENGTH)
                : startedAt.plusSeconds(song.duration()).plus(GRACE);
    }

    private record Row(long songId, Instant startedAt) {}
}
