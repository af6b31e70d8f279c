package com.musicplayer.catalog.artist;

import com.musicplayer.platform.db.SqlLists;
import com.musicplayer.platform.db.Where;
import com.musicplayer.platform.web.CachedCounts;
import com.musicplayer.platform.web.ListPage;
import com.musicplayer.platform.web.NotFoundException;
import com.musicplayer.platform.web.PageParams;
import com.musicplayer.platform.web.SortFields;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Artists: read, and resolved by name when an album or a song names one. An artist exists while an
 * album or a song names it: it is created by the first and removed after the last goes.
 *
 * <p>Resolving runs in its own short transaction, before the write that names the artist: a new
 * artist is committed (or found, when a concurrent request created it first) before the album or
 * song row refers to it, so no transaction ever holds two connections and a race on a new name
 * costs one retry instead of a failed request.
 */
@Service
@NamedInterface("api")
public class Artists {

    private static final Logger log = LoggerFactory.getLogger(Artists.class);
    private static final SortFields SORT =
            SortFields.of("ar.id", "name", "lower(ar.sort_name)", "created_at", "ar.created_at");
    private static final int ATTEMPTS = 3;

    private final ArtistRepository artists;
    private final JdbcClient jdbc;
    private final SqlLists lists;
    private final CachedCounts counts;
    private final TransactionTemplate transaction;

    Artists(
            ArtistRepository artists,
            JdbcClient jdbc,
            SqlLists lists,
            CachedCounts counts,
            PlatformTransactionManager transactions) {
        this.artists = artists;
        this.jdbc = jdbc;
        this.lists = lists;
        this.counts = counts;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public ArtistView get(long id) {
        return jdbc.sql("SELECT " + ArtistRows.COLUMNS.text() + " FROM " + ArtistRows.FROM + " WHERE ar.id = ?")
                .param(id)
                .query(ArtistRows.mapper())
                .optional()
                .orElseThrow(() -> new NotFoundException("Artist", id));
    }

    /** A page of artists; {@code q} searches names. */
    public ListPage<ArtistView> list(String q, PageParams page) {
        Where where = Where.all().contains(q, "ar.name");
        return lists.page(
                ArtistRows.FROM, ArtistRows.COLUMNS, where, SORT.query(page), ArtistRows.mapper(), ArtistView::id);
    }

    /**
     * Runs {@code write} with the id of the artist called {@code name} (created if new). Call it
     * outside a transaction; {@code write} opens its own. If the artist was removed between the two
     * (its last album or song went meanwhile), {@code write} fails on the foreign key and runs again
     * with the artist created anew.
     */
    public <T> T withArtist(String name, LongFunction<T> write) {
        for (int attempt = 1; ; attempt++) {
            long artistId = resolve(name);
            try {
                return write.apply(artistId);
            } catch (DataIntegrityViolationException ex) {
                if (attempt == ATTEMPTS || artists.existsById(artistId)) {
                    throw ex;
                }
                log.debug("Artist {} went away before the write that names it; resolving again", artistId);
            }
        }
    }

    /** The id of the artist called {@code name} in any case, created if there is none. */
    public long resolve(String name) {
        String key = ArtistNames.key(name);
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> artists.idByKey(key).orElseGet(() -> {
                    long id = artists.saveAndFlush(new Artist(name.trim())).getId();
                    counts.evictAll();
                    return id;
                }));
            } catch (DataIntegrityViolationException raced) {
                // a concurrent request created the same artist first: read theirs
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /**
     * Removes the artists among {@code ids} that no album or song names any more. Call it after the
     * write that let go of them has committed. An artist named again meanwhile by a write still in
     * flight stays (the delete fails on its foreign key, and that is the answer).
     */
    public void removeUnused(Long... ids) {
        List<Long> candidates =
                Arrays.stream(ids).filter(Objects::nonNull).distinct().toList();
        if (candidates.isEmpty()) {
            return;
        }
        try {
            Integer removed = transaction.execute(status -> artists.deleteUnused(candidates));
            if (removed != null && removed > 0) {
                counts.evictAll();
            }
        } catch (DataIntegrityViolationException namedAgain) {
            log.debug("An artist of {} was named again while being removed; it stays", candidates);
        }
    }
}
