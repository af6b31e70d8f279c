package com.musicplayer.system;

import com.musicplayer.catalog.CatalogFilter;
import com.musicplayer.catalog.album.AlbumRequests;
import com.musicplayer.catalog.album.Albums;
import com.musicplayer.catalog.album.TrackList;
import com.musicplayer.catalog.song.SongRequests;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.platform.web.PageParams;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

/**
 * A demo catalog for a first start: 20 albums of 10 ordered tracks each (200 songs) with
 * plausible titles, artists, genres, durations, release dates and file URLs, written through the
 * catalog module's API like any other album. Deterministic, and loaded only into an empty catalog,
 * so a restart never duplicates it.
 */
final class DemoCatalog {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    static final int ALBUMS = 20;
    static final int TRACKS_PER_ALBUM = 10;
    private static final CatalogFilter NO_FILTER = new CatalogFilter(null, null, null);
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

    static void loadIfEmpty(ApplicationContext catalog) {
        Albums albums = catalog.getBean(Albums.class);
        Songs songs = catalog.getBean(Songs.class);
        PageParams first = new PageParams(1, null, null, null);
        if (albums.list(NO_FILTER, first).total() > 0
                || songs.list(NO_FILTER, first, null).total() > 0) {
            return;
        }
        load(albums, songs, catalog.getBean(TrackList.class));
    }

    private static void load(Albums albums, Songs songs, TrackList tracks) {
        Random random = new Random(20260117L);
        for (int a = 0; a < ALBUMS; a++) {
            String artist = ARTISTS[a % ARTISTS.length];
            String genre = GENRES[(a * 3 + a / ARTISTS.length) % GENRES.length];
            String title = ADJECTIVES[a] + " " + NOUNS[(a * 7) % NOUNS.length];
            LocalDate released =
                    LocalDate.of(1998 + random.nextInt(28), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String albumSlug = slug(artist) + "/" + slug(title);
            long albumId = albums.create(new AlbumRequests.Create(
                            title,
                            artist,
                            genre,
                            "The " + ordinal(1 + a / ARTISTS.length) + " album by " + artist + ", released "
                                    + released.getYear() + ".",
                            MEDIA + albumSlug + "/cover.jpg",
                            released.getYear()))
                    .id();
            for (int t = 1; t <= TRACKS_PER_ALBUM; t++) {
                String track =
                        ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)];
                int duration = 150 + random.nextInt(180);
                long songId = songs.create(
                                new SongRequests.Create(
                                        track,
                                        artist,
                                        genre,
                                        MEDIA + albumSlug + String.format(Locale.ROOT, "/%02d-%s.mp3", t, slug(track)),
                                        duration,
                                        "Track " + t + " of " + title + ".",
                                        MEDIA + albumSlug + "/cover.jpg",
                                        released,
                                        t,
                                        1,
                                        released.getYear()),
                                null)
                        .id();
                tracks.place(albumId, songId, t);
            }
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
