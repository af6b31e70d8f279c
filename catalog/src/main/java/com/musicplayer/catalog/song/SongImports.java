package com.musicplayer.catalog.song;

import com.musicplayer.platform.db.UtcTimestamp;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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
    private final JdbcTemplate template;

    SongImports(SongRepository songs, JdbcTemplate template) {
        this.songs = songs;
        this.template = template;
    }

    private static final String INSERT = "INSERT INTO songs (title, artist, artist_id, album_id, genre, file_url,"
            + " duration, cover_image_url, track_number, disc_number, release_year, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int[] TYPES = {
        Types.VARCHAR,
        Types.VARCHAR,
        Types.BIGINT,
        Types.BIGINT,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.INTEGER,
        Types.VARCHAR,
        Types.INTEGER,
        Types.INTEGER,
        Types.INTEGER,
        Types.TIMESTAMP,
        Types.TIMESTAMP
    };

    /**
     * Inserts the songs in one JDBC batch (a scan imports a hundred files a transaction: one round
     * trip, not a hundred); returns their ids, in order.
     */
    public List<Long> insertAll(List<Fields> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        UtcTimestamp now = UtcTimestamp.now();
        var keys = new GeneratedKeyHolder();
        template.batchUpdate(
                connection -> connection.prepareStatement(INSERT, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        Fields f = all.get(i);
                        Object[] values = {
                            f.title(),
                            f.artist(),
                            f.artistId(),
                            f.albumId(),
                            f.genre(),
                            SongRows.STREAMED,
                            f.duration(),
                            f.coverImageUrl(),
                            f.trackNumber(),
                            f.discNumber(),
                            f.year(),
                            now,
                            now
                        };
                        for (int column = 0; column < values.length; column++) {
                            StatementCreatorUtils.setParameterValue(
                                    statement, column + 1, TYPES[column], values[column]);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return all.size();
                    }
                },
                keys);
        List<Long> ids = keys.getKeyList().stream()
                .map(key -> ((Number) key.values().iterator().next()).longValue())
                .toList();
        if (ids.size() != all.size()) {
            throw new IllegalStateException("inserted " + all.size() + " songs, got " + ids.size() + " ids");
        }
        return ids;
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
