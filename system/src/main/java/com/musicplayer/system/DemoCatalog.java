package com.musicplayer.system;

import java.sql.Date;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo catalog for a first start: 20 albums of 10 ordered tracks each (200 songs) with
 * plausible titles, artists, genres, durations, release dates and file URLs. Deterministic, and
 * loaded only into an empty catalog, so a restart never duplicates it.
 */
final class DemoCatalog {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    static final int ALBUMS = 20;
    static final int TRACKS_PER_ALBUM = 10;
    private static final String MEDIA = "https://media.example.com/musicplayer/demo/";

    private static final String[] ARTISTS = {
        "The Velvet Hours", "Marisol Vega", "Northern Static", "Juno & the Lanterns", "Kofi Mensah Trio",
        "Ada Quill", "Glass Harbor", "Los Días Largos", "Tomasz Wren", "Saffron Drive"
    };
    private static final String[] GENRES = {"Rock", "Pop", "Electronic", "Indie", "Jazz", "Folk", "Soul", "Latin"};
    private static final String[] ADJECTIVES = {
        "Midnight", "Silver", "Quiet", "Electric", "Golden", "Hollow", "Paper", "Distant", "Crimson", "Slow",
        "Northern", "Borrowed", "Velvet", "Restless", "Open", "Amber", "Broken", "Summer", "Low", "Bright"
    };
    private static final String[] NOUNS = {
        "Rivers", "Satellites", "Letters", "Harbor", "Lights", "Gardens", "Machines", "Tides", "Streets", "Echoes",
        "Windows", "Fires", "Horizons", "Stations", "Mirrors", "Roads", "Kingdoms", "Weather", "Engines", "Dreams"
    };

    private DemoCatalog() {}

    static void loadIfEmpty(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(tx -> {
            Integer songs = jdbc.queryForObject("SELECT COUNT(*) FROM songs", Integer.class);
            Integer albums = jdbc.queryForObject("SELECT COUNT(*) FROM albums", Integer.class);
            if (songs != null && songs > 0 || albums != null && albums > 0) {
                return;
            }
            load(jdbc);
        });
    }

    private static void load(JdbcTemplate jdbc) {
        Random random = new Random(20260117L);
        Timestamp now = Timestamp.from(Instant.now());
        for (int a = 0; a < ALBUMS; a++) {
            String artist = ARTISTS[a % ARTISTS.length];
            String genre = GENRES[(a * 3 + a / ARTISTS.length) % GENRES.length];
            String title = ADJECTIVES[a] + " " + NOUNS[(a * 7) % NOUNS.length];
            LocalDate released =
                    LocalDate.of(1998 + random.nextInt(28), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String albumSlug = slug(artist) + "/" + slug(title);
            jdbc.update(
                    "INSERT INTO albums (title, artist, genre, description, cover_image_url, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    title,
                    artist,
                    genre,
                    "The " + ordinal(1 + a / ARTISTS.length) + " album by " + artist + ", released "
                            + released.getYear() + ".",
                    MEDIA + albumSlug + "/cover.jpg",
                    now,
                    now);
            Long albumId = jdbc.queryForObject(
                    "SELECT MAX(id) FROM albums WHERE title = ? AND artist = ?", Long.class, title, artist);
            List<Object[]> memberships = new ArrayList<>();
            for (int t = 1; t <= TRACKS_PER_ALBUM; t++) {
                String track =
                        ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)];
                int duration = 150 + random.nextInt(180);
                jdbc.update(
                        "INSERT INTO songs (title, artist, genre, file_url, duration, description, cover_image_url,"
                                + " release_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        track,
                        artist,
                        genre,
                        MEDIA + albumSlug + String.format(Locale.ROOT, "/%02d-%s.mp3", t, slug(track)),
                        duration,
                        "Track " + t + " of " + title + ".",
                        MEDIA + albumSlug + "/cover.jpg",
                        Date.valueOf(released),
                        now,
                        now);
                Long songId = jdbc.queryForObject(
                        "SELECT MAX(id) FROM songs WHERE artist = ? AND title = ?", Long.class, artist, track);
                memberships.add(new Object[] {albumId, songId, t});
            }
            jdbc.batchUpdate("INSERT INTO album_songs (album_id, song_id, position) VALUES (?, ?, ?)", memberships);
        }
        log.info("Loaded the demo catalog: {} albums, {} songs", ALBUMS, ALBUMS * TRACKS_PER_ALBUM);
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "first";
            case 2 -> "second";
            default -> "third";
        };
    }

    static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
