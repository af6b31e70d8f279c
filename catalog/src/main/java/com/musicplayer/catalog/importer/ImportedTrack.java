package com.musicplayer.catalog.importer;

import com.musicplayer.catalog.lyrics.LyricsView;
import org.springframework.modulith.NamedInterface;

/**
 * One audio file's facts for the catalog, as a scan or an upload read them (tags, with gaps filled
 * from the path). Missing names become "Unknown Artist" / "Unknown Album" / "Unknown" (genre).
 *
 * @param albumArtist the artist the album is filed under; a compilation without one is filed under
 *     "Various Artists" and stays one album whatever its tracks' artists
 * @param durationMs the audio's length
 * @param coverImageUrl the song's cover (an artwork URL), or null
 * @param albumCoverImageUrl the album's cover, given to the album when it has none yet, or null
 * @param lyrics the lyrics found, or null
 * @param lyricsSource where they came from ({@code embedded}, {@code sidecar})
 */
@NamedInterface("api")
public record ImportedTrack(
        String title,
        String artist,
        String albumArtist,
        String album,
        Integer trackNumber,
        Integer discNumber,
        Integer year,
        String genre,
        boolean compilation,
        long durationMs,
        String coverImageUrl,
        String albumCoverImageUrl,
        LyricsView lyrics,
        String lyricsSource) {}
