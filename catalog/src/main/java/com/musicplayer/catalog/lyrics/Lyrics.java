package com.musicplayer.catalog.lyrics;

import com.musicplayer.platform.db.UtcTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Songs' lyrics ({@code lyrics}): what a scan or an upload found — embedded in the file, or an
 * {@code .lrc} sidecar as synced lines. Synced lines are stored one per line as
 * {@code start_ms<TAB>text}.
 */
@Service
@NamedInterface("api")
public class Lyrics {

    private final JdbcTemplate jdbc;

    Lyrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LyricsView> of(long songId) {
        return jdbc
                .query(
                        "SELECT plain, synced FROM lyrics WHERE song_id = ?",
                        (rs, row) -> new LyricsView(rs.getString(1), lines(rs.getString(2))),
                        songId)
                .stream()
                .findFirst();
    }

    /**
     * Replaces the song's lyrics (none: removes them), in the caller's transaction.
     *
     * @param newSong the song was just created, so there is nothing to replace
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(long songId, LyricsView lyrics, String source, boolean newSong) {
        if (!newSong) {
            jdbc.update("DELETE FROM lyrics WHERE song_id = ?", songId);
        }
        if (lyrics == null || (lyrics.plain() == null && lyrics.synced().isEmpty())) {
            return;
        }
        StringBuilder synced = new StringBuilder();
        for (LyricsView.Line line : lyrics.synced()) {
            synced.append(line.startMs())
                    .append('\t')
                    .append(line.text().replace('\n', ' '))
                    .append('\n');
        }
        jdbc.update(
                "INSERT INTO lyrics (song_id, plain, synced, source, updated_at) VALUES (?, ?, ?, ?, ?)", statement -> {
                    statement.setLong(1, songId);
                    statement.setString(2, lyrics.plain());
                    statement.setString(3, synced.isEmpty() ? null : synced.toString());
                    statement.setString(4, source);
                    UtcTime.set(statement, 5, Instant.now());
                });
    }

    private static List<LyricsView.Line> lines(String synced) {
        List<LyricsView.Line> lines = new ArrayList<>();
        if (synced == null) {
            return lines;
        }
        for (String line : synced.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                lines.add(new LyricsView.Line(Long.parseLong(line.substring(0, tab)), line.substring(tab + 1)));
            }
        }
        return lines;
    }
}
