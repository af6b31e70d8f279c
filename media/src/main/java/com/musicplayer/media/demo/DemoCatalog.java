package com.musicplayer.media.demo;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * What the demo library holds: five made-up artists, seven albums, one of them a compilation and
 * one on two discs, a few tracks as WAV, one with embedded lyrics and one with an .lrc sidecar.
 */
final class DemoCatalog {

    static final String VARIOUS_ARTISTS = "Various Artists";

    /** One album; {@code albumArtist} is "Various Artists" for the compilation. */
    record Album(
            String albumArtist,
            String title,
            int year,
            String genre,
            CoverArt.Motif motif,
            Color from,
            Color to,
            boolean embedCover,
            int discs,
            List<Track> tracks) {

        boolean compilation() {
            return VARIOUS_ARTISTS.equals(albumArtist);
        }
    }

    /**
     * One track. {@code bars} sets its length; {@code lyrics} are embedded as plain lyrics, {@code
     * lrc} lines are written as a synced sidecar, one line every two bars from the melody's start.
     */
    record Track(
            String title,
            String artist,
            int disc,
            int number,
            Style style,
            int bars,
            boolean wav,
            String genre,
            String lyrics,
            List<String> lrc) {}

    private DemoCatalog() {}

    static List<Album> albums() {
        List<Album> albums = new ArrayList<>();
        albums.add(album(
                "Aurora Lane",
                "Northern Lights",
                2019,
                "Ambient",
                Style.AMBIENT,
                CoverArt.Motif.SUN,
                new Color(0x1B2A6B),
                new Color(0x47C2B1),
                true,
                "First Light",
                "Glacier Drift",
                "Polar Night",
                "Magnetic Sky",
                "Afterglow"));
        albums.add(album(
                "Aurora Lane",
                "Harbour Songs",
                2021,
                "Electronic",
                Style.CHILL,
                CoverArt.Motif.WAVES,
                new Color(0x0E4D64),
                new Color(0xF2A65A),
                false,
                "Low Tide",
                "Lanterns",
                "Salt and Cedar",
                "Homeward"));
        albums.add(album(
                "The Copper Kites",
                "Paper Skies",
                2016,
                "Indie Pop",
                Style.POP,
                CoverArt.Motif.CIRCLES,
                new Color(0xF25F5C),
                new Color(0xFFE066),
                false,
                "Paper Skies",
                "Sunday Bicycle",
                "Kite String",
                "Lemonade Summer",
                "Streetlights"));
        albums.add(twoDiscs());
        albums.add(glassGarden());
        albums.add(album(
                "Static Orchard",
                "Tape Hiss Summer",
                2015,
                "Synthwave",
                Style.SYNTH,
                CoverArt.Motif.GRID,
                new Color(0x2B0B3F),
                new Color(0xFF4F9A),
                false,
                "Neon Orchard",
                "Cassette Heart",
                "Night Drive 1986",
                "Static Bloom"));
        albums.add(sampler());
        return List.copyOf(albums);
    }

    private static Album album(
            String artist,
            String title,
            int year,
            String genre,
            Style style,
            CoverArt.Motif motif,
            Color from,
            Color to,
            boolean embedCover,
            String... titles) {
        List<Track> tracks = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            tracks.add(new Track(titles[i], artist, 1, i + 1, style, bars(style, i), false, genre, null, List.of()));
        }
        return new Album(artist, title, year, genre, motif, from, to, embedCover, 1, tracks);
    }

    /** A live album on two discs (CD1/CD2 folders). */
    private static Album twoDiscs() {
        String artist = "The Copper Kites";
        String[][] discs = {
            {"Intro (Live)", "Paper Skies (Live)", "Kite String (Live)"},
            {"Streetlights (Live)", "Harbour Lights", "Goodnight, Lighthouse"}
        };
        List<Track> tracks = new ArrayList<>();
        for (int d = 0; d < discs.length; d++) {
            for (int i = 0; i < discs[d].length; i++) {
                int bars = d == 0 && i == 0 ? 10 : bars(Style.POP, d * 3 + i);
                tracks.add(new Track(
                        discs[d][i], artist, d + 1, i + 1, Style.POP, bars, false, "Indie Pop", null, List.of()));
            }
        }
        return new Album(
                artist,
                "Live at the Lighthouse",
                2018,
                "Indie Pop",
                CoverArt.Motif.STRIPES,
                new Color(0x3D2C8D),
                new Color(0xF7B32B),
                false,
                2,
                tracks);
    }

    /** Two tracks as WAV (cover embedded in an ID3 chunk), plain lyrics in one, a synced .lrc for another. */
    private static Album glassGarden() {
        String artist = "Mira Solenne";
        String genre = "Jazz";
        Style style = Style.LOFI;
        List<Track> tracks = List.of(
                new Track("Glass Garden", artist, 1, 1, style, 9, false, genre, """
                        Walls of glass and a sky of green,
                        every leaf where the light has been.
                        Water drums on the panes above,
                        growing slow like a patient love.""", List.of()),
                new Track("Rain on the Greenhouse", artist, 1, 2, style, 7, true, genre, null, List.of()),
                new Track("Moth Waltz", artist, 1, 3, style, 9, false, genre, null, List.of()),
                new Track("Orchid", artist, 1, 4, style, 7, true, genre, null, List.of()),
                new Track(
                        "Evening Tea",
                        artist,
                        1,
                        5,
                        style,
                        10,
                        false,
                        genre,
                        null,
                        List.of(
                                "Steam curls up from the china cup,",
                                "the garden hums as the lamps come up.",
                                "Pages turning, the kettle sings,",
                                "evening settles on folded wings.")));
        return new Album(
                artist,
                "Glass Garden",
                2020,
                genre,
                CoverArt.Motif.MOUNTAINS,
                new Color(0x1F6F50),
                new Color(0xE8D5B7),
                true,
                1,
                tracks);
    }

    /** The compilation: one album, tracks by different artists, one of whom has no album of their own. */
    private static Album sampler() {
        List<Track> tracks = List.of(
                new Track("Snowfield", "Aurora Lane", 1, 1, Style.AMBIENT, 7, false, "Ambient", null, List.of()),
                new Track(
                        "Balloon Parade", "The Copper Kites", 1, 2, Style.POP, 12, false, "Indie Pop", null, List.of()),
                new Track("Velvet Hour", "Mira Solenne", 1, 3, Style.LOFI, 8, false, "Jazz", null, List.of()),
                new Track("Arcade Rain", "Static Orchard", 1, 4, Style.SYNTH, 10, false, "Synthwave", null, List.of()),
                new Track("Meadow Song", "Juniper Vale", 1, 5, Style.FOLK, 9, false, "Folk", null, List.of()),
                new Track("Wildflower", "Juniper Vale", 1, 6, Style.FOLK, 10, false, "Folk", null, List.of()));
        return new Album(
                VARIOUS_ARTISTS,
                "Sunday Sampler",
                2022,
                "Various",
                CoverArt.Motif.TILES,
                new Color(0xFF9F1C),
                new Color(0x2EC4B6),
                true,
                1,
                tracks);
    }

    /** Bars for 20-30 s at the style's tempo, varied from track to track. */
    private static int bars(Style style, int index) {
        double seconds = 20 + (index * 7) % 11;
        return Math.max(6, (int) Math.round((seconds - 2) / style.barSeconds()));
    }
}
