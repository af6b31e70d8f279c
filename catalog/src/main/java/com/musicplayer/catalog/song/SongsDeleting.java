package com.musicplayer.catalog.song;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Published, synchronously and inside the deleting transaction, just before songs are deleted
 * (by an admin, or by a scan that found their files gone). A module that keeps its own references
 * to songs ({@code library}'s playlists, say) handles it with an {@code @EventListener} to tidy
 * them in the same transaction — closing the gaps the songs leave — before the catalog takes its
 * own locks: listeners lock their rows first, the order their own writes take them in.
 */
@NamedInterface("api")
public record SongsDeleting(Set<Long> songIds) {}
