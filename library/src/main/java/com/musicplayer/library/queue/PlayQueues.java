package com.musicplayer.library.queue;

import com.musicplayer.platform.db.Sql;
import com.musicplayer.platform.db.UtcTimestamp;
import com.musicplayer.platform.web.FieldError;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Each listener's one play queue, saved whole by a player and restored by another. Saving replaces
 * it (the last save wins: a queue is a snapshot, not a list edited in place). Songs must exist when
 * the queue is saved; songs deleted since are left out when it is read, the current index following
 * its song.
 */
@Service
@NamedInterface("api")
public class PlayQueues {

    public static final int MAX_SONGS = 10_000;

    private final JdbcClient jdbc;

    PlayQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PlayQueueView get(long userId) {
        PlayQueueView saved = jdbc.sql("SELECT song_ids, current_index, position_ms, changed_by, updated_at"
                        + " FROM play_queues WHERE user_id = ?")
                .param(userId)
                .query((rs, row) -> new PlayQueueView(
                        parse(rs.getString("song_ids")),
                        rs.getInt("current_index"),
                        rs.getLong("position_ms"),
                        rs.getString("changed_by"),
                        UtcTimestamp.read(rs, "updated_at")))
                .optional()
                .orElse(PlayQueueView.EMPTY);
        if (saved.songIds().isEmpty()) {
            return saved;
        }
        Set<Long> existing = existing(new LinkedHashSet<>(saved.songIds()));
        if (existing.size() == new HashSet<>(saved.songIds()).size()) {
            return saved;
        }
        // the current song, or the next one left when it went, stays current
        List<Long> kept = new ArrayList<>();
        int current = 0;
        for (int i = 0; i < saved.songIds().size(); i++) {
            if (i == saved.currentIndex()) {
                current = kept.size();
            }
            if (existing.contains(saved.songIds().get(i))) {
                kept.add(saved.songIds().get(i));
            }
        }
        boolean currentGone = !existing.contains(saved.songIds().get(saved.currentIndex()));
        current = Math.max(0, Math.min(current, kept.size() - 1));
        return new PlayQueueView(
                kept, current, currentGone ? 0 : saved.positionMs(), saved.changedBy(), saved.updatedAt());
    }

    /** Replaces the user's queue; unknown songs: 422 and nothing saved. */
    public PlayQueueView save(long userId, PlayQueueRequest request) {
        List<Long> songIds = request.songIds();
        Set<Long> distinct = new LinkedHashSet<>(songIds);
        Set<Long> existing = existing(distinct);
        if (existing.size() < distinct.size()) {
            List<Long> unknown = distinct.stream()
                    .filter(id -> !existing.contains(id))
                    .limit(20)
                    .toList();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT, "Request body failed validation");
            problem.setProperty(
                    "errors",
                    List.of(new FieldError(List.of("body", "song_ids"), "unknown songs: " + unknown, "value_error")));
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
        }
        PlayQueueView queue = new PlayQueueView(
                List.copyOf(songIds),
                request.currentIndex() == null ? 0 : request.currentIndex(),
                request.positionMs() == null ? 0 : request.positionMs(),
                request.changedBy(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        String ids = String.join(",", songIds.stream().map(String::valueOf).toList());
        // one row per user: update it, or insert it the first time (a concurrent first save: update after all)
        if (update(userId, queue, ids) == 0) {
            try {
                jdbc.sql("INSERT INTO play_queues (user_id, song_ids, current_index, position_ms, changed_by,"
                                + " updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(
                                userId,
                                ids,
                                queue.currentIndex(),
                                queue.positionMs(),
                                queue.changedBy(),
                                UtcTimestamp.of(queue.updatedAt()))
                        .update();
            } catch (DuplicateKeyException concurrentFirstSave) {
                update(userId, queue, ids);
            }
        }
        return queue;
    }

    private int update(long userId, PlayQueueView queue, String ids) {
        return jdbc.sql("UPDATE play_queues SET song_ids = ?, current_index = ?, position_ms = ?, changed_by = ?,"
                        + " updated_at = ? WHERE user_id = ?")
                .params(
                        ids,
                        queue.currentIndex(),
                        queue.positionMs(),
                        queue.changedBy(),
                        UtcTimestamp.of(queue.updatedAt()),
                        userId)
                .update();
    }

    /** Which of the songs exist: one statement, a read of the catalog's {@code songs} (never written here). */
    private Set<Long> existing(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT id FROM songs WHERE id IN (" + Sql.placeholders(ids.size()) + ")")
                .params(new ArrayList<>(ids))
                .query(Long.class)
                .list());
    }

    private static List<Long> parse(String ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }
}
