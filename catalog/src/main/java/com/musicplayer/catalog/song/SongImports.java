package com.musicplayer.catalog.song;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Song rows as the importer writes them (catalog-internal), in its transaction. An imported song
 * streams from media-service: its {@code file_url} (the seed's required field) is its stream path,
 * which the read model derives from its id ({@link SongRows}) — the row stores none, which spares
 * the import an update of every song it inserts.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class SongImports {

    /** What a song was before an update, so the importer can move it between albums and artists. */
    public record Before(Long artistId, Long albumId, Integer discNumber, Integer trackNumber) {}

    /** The fields an import sets; strings already trimmed and cut to their columns. */
    public record Fields(
            String title,
            String artist,
            long artistId,
            long albumId,
            String genre,
            int duration,
            String coverImageUrl,
            Integer trackNumber,
            Integer discNumber,
            Integer year) {}

    private final SongRepository songs;

    SongImports(SongRepository songs) {
        this.songs = songs;
    }

    public long insert(Fields fields) {
        Song song = new Song(fields.title(), fields.artist(), fields.artistId(), fields.genre(), SongRows.STREAMED);
        apply(song, fields);
        return songs.saveAndFlush(song).getId();
    }

    public Before update(long songId, Fields fields) {
        Song song = songs.lockById(songId).orElseThrow(() -> new IllegalStateException("no song " + songId));
        Before before = new Before(song.getArtistId(), song.getAlbumId(), song.getDiscNumber(), song.getTrackNumber());
        song.setTitle(fields.title());
        song.setArtist(fields.artist(), fields.artistId());
        song.setGenre(fields.genre());
        apply(song, fields);
        songs.flush();
        return before;
    }

    private static void apply(Song song, Fields fields) {
        song.setAlbumId(fields.albumId());
        song.setDuration(fields.duration());
        song.setCoverImageUrl(fields.coverImageUrl());
        song.setTrackNumber(fields.trackNumber());
        song.setDiscNumber(fields.discNumber());
        song.setYear(fields.year());
    }
}
