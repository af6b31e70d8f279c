package com.musicplayer.library.play;

import com.musicplayer.catalog.song.SongView;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.platform.db.ConcurrencyRetries;
import com.musicplayer.platform.db.Sql;
import com.musicplayer.platform.db.SqlLists;
import com.musicplayer.platform.db.UtcTimestamp;
import com.musicplayer.platform.db.Where;
import com.musicplayer.platform.web.CachedCounts;
import com.musicplayer.platform.web.ListPage;
import com.musicplayer.platform.web.ListQuery;
import com.musicplayer.platform.web.NotFoundException;
import com.musicplayer.platform.web.PageParams;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays (DESIGN §9): each play is a row of {@code plays}, and counts one up in {@code
 * song_play_counts} in the same transaction — so a song's {@code play_count} is one probe on every
 * read, and the all-time chart is a walk down one index. Reads are pages of constant statements:
 * the rows, their songs in one statement ({@link Songs#views}), and a shared total (or ranking).
 */
@Service
@NamedInterface("api")
public class Plays {

    private static final String HISTORY_ORDER = "p.played_at DESC, p.id DESC";

    private final JdbcClient jdbc;
    private final Songs songs;
    private final NowPlaying nowPlaying;
    private final SqlLists lists;
    private final CachedCounts counts;
    private final TransactionTemplate transaction;

    Plays(
            JdbcClient jdbc,
            Songs songs,
            NowPlaying nowPlaying,
            SqlLists lists,
            CachedCounts counts,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.songs = songs;
        this.nowPlaying = nowPlaying;
        this.lists = lists;
        this.counts = counts;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Records a play ({@code submission} true) or what the user plays now (false: not a play). The
     * time defaults to now; one a little ahead of the server's clock ({@link PlayTime#CLOCK_SKEW})
     * is taken as now. The request is expected to be valid ({@code @Valid}).
     *
     * @throws NotFoundException when the song does not exist (or the user no longer does)
     */
    public void record(long userId, long songId, PlayRequest request) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant at = request.playedAt() == null || request.playedAt().isAfter(now)
                ? now
                : request.playedAt().truncatedTo(ChronoUnit.MICROS);
        try {
            if (Boolean.FALSE.equals(request.submission())) {
                nowPlaying.start(userId, songId, at);
                return;
            }
            ConcurrencyRetries.run(
                    "a play",
                    () -> transaction.executeWithoutResult(status -> {
                        jdbc.sql("INSERT INTO plays (user_id, song_id, played_at, seconds) VALUES (?, ?, ?, ?)")
                                .params(
                                        userId,
                                        songId,
                                        UtcTimestamp.of(at),
                                        new SqlParameterValue(Types.INTEGER, request.seconds()))
                                .update();
                        countPlay(songId);
                    }));
        } catch (DataIntegrityViolationException missing) {
            // a foreign key: the song is not there, or the user went
            if (!songs.exists(songId)) {
                throw new NotFoundException("Song", songId);
            }
            throw new NotFoundException("User", userId);
        }
        counts.evictAll(); // the user's history and the charts grew: their totals show it at once
    }

    /** The user's plays, newest first: three statements (two when the total is shared) for any page. */
    public ListPage<PlayView> history(long userId, PageParams page) {
        ListPage<Row> rows = lists.page(
                "plays p",
                Sql.of("p.id, p.song_id, p.played_at, p.seconds"),
                Where.all().equal("p.user_id", userId),
                ListQuery.fixed(page, "newest-first order", HISTORY_ORDER),
                (rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("song_id"),
                        UtcTimestamp.read(rs, "played_at"),
                        rs.getObject("seconds", Integer.class)),
                Row::id);
        Map<Long, SongView> byId = views(rows.items().stream().map(Row::songId), userId);
        return rows.withItems(rows.items().stream()
                .filter(row -> byId.containsKey(row.songId()))
                .map(row -> new PlayView(row.id(), row.playedAt(), row.seconds(), byId.get(row.songId())))
                .toList());
    }

    /**
     * The most played songs over the period, most played first (ties by id), each with its {@code
     * play_count} over that period. All time walks the counts down their index, a page at a time.
     * A week or a month counts the period's plays by song — one range scan of an index that holds
     * both columns, but over every play of the period — so that ranking is worked out once and
     * shared by every page and request for as long as a list total is ({@link CachedCounts}: a few
     * seconds, or until this service records a play). Two statements a page at most, one when the
     * ranking is shared; all time three, two when its total is.
     */
    public ListPage<SongView> top(TopPeriod period, PageParams page, long callerId) {
        ListQuery query = ListQuery.fixed(page, "most-played-first order", "t.play_count DESC, t.song_id");
        ListPage<Ranked> ranked = period == TopPeriod.ALL
                ? lists.page(
                        "song_play_counts t",
                        Sql.of("t.song_id, t.play_count"),
                        Where.all(),
                        query,
                        (rs, n) -> new Ranked(rs.getLong("song_id"), rs.getLong("play_count")),
                        Ranked::songId)
                : counts.get(new ChartKey(period), Chart.class, () -> chart(period))
                        .page(query);
        Map<Long, SongView> byId = views(ranked.items().stream().map(Ranked::songId), callerId);
        return ranked.withItems(ranked.items().stream()
                .filter(row -> byId.containsKey(row.songId()))
                .map(row -> byId.get(row.songId()).withPlayCount(row.plays()))
                .toList());
    }

    /** Every song played in the period, ranked, from the period's start as of now. */
    private Chart chart(TopPeriod period) {
        return new Chart(jdbc.sql("SELECT p.song_id, count(*) AS play_count FROM plays p WHERE p.played_at >= ?"
                        + " GROUP BY p.song_id ORDER BY play_count DESC, p.song_id")
                .param(UtcTimestamp.of(period.since(Instant.now())))
                .query((rs, n) -> new Ranked(rs.getLong("song_id"), rs.getLong("play_count")))
                .list());
    }

    /**
     * One more play of the song. Its first play races other first plays on the primary key (and on
     * MariaDB the empty range the UPDATE locked: a deadlock); the loser's transaction starts over.
     */
    private void countPlay(long songId) {
        int counted = jdbc.sql("UPDATE song_play_counts SET play_count = play_count + 1 WHERE song_id = ?")
                .param(songId)
                .update();
        if (counted == 0) {
            try {
                jdbc.sql("INSERT INTO song_play_counts (song_id, play_count) VALUES (?, 1)")
                        .param(songId)
                        .update();
            } catch (DuplicateKeyException first) {
                throw new ConcurrencyFailureException("Another play counted song " + songId + " first", first);
            }
        }
    }

    private Map<Long, SongView> views(java.util.stream.Stream<Long> songIds, long callerId) {
        return songs.views(songIds.distinct().toList(), callerId).stream()
                .collect(Collectors.toMap(SongView::id, Function.identity()));
    }

    private record Row(long id, long songId, Instant playedAt, Integer seconds) {}

    private record Ranked(long songId, long plays) {}

    private record ChartKey(TopPeriod period) {}

    /** A period's songs, most played first. */
    private record Chart(List<Ranked> songs) {

        ListPage<Ranked> page(ListQuery query) {
            int from = (int) Math.min(query.offset(), songs.size());
            int to = Math.min(from + query.limit(), songs.size());
            return new ListPage<>(songs.subList(from, to), songs.size(), false, to < songs.size(), query, null);
        }
    }
}
