package com.musicplayer.platform.catalog;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Like counts, and whether the caller likes each song, for a whole page of songs at once: one
 * grouped query for the counts and one for the caller's likes, however long the page. Runs through
 * the given {@link EntityManager}, so it joins the caller's transaction.
 */
public final class SongLikes {

    private final Map<Long, Long> counts;
    private final Set<Long> liked;

    private SongLikes(Map<Long, Long> counts, Set<Long> liked) {
        this.counts = counts;
        this.liked = liked;
    }

    /** @param callerId the signed-in user, or {@code null}: then {@link #liked} answers {@code null} */
    public static SongLikes of(EntityManager em, Collection<Long> songIds, Long callerId) {
        if (songIds.isEmpty()) {
            return new SongLikes(Map.of(), callerId == null ? null : Set.of());
        }
        Map<Long, Long> counts = new HashMap<>();
        List<?> rows = em.createNativeQuery(
                        "select song_id, count(*) from user_likes where song_id in (:ids) group by song_id")
                .setParameter("ids", songIds)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        Set<Long> liked = null;
        if (callerId != null) {
            liked = new HashSet<>();
            List<?> ids = em.createNativeQuery(
                            "select song_id from user_likes where user_id = :user and song_id in (:ids)")
                    .setParameter("user", callerId)
                    .setParameter("ids", songIds)
                    .getResultList();
            for (Object id : ids) {
                liked.add(((Number) id).longValue());
            }
        }
        return new SongLikes(counts, liked);
    }

    public long count(long songId) {
        return counts.getOrDefault(songId, 0L);
    }

    /** {@code null} without a caller, so that the field is left out of the response. */
    public Boolean liked(long songId) {
        return liked == null ? null : liked.contains(songId);
    }
}
