package com.musicplayer.media.demo;

/**
 * A demo album's sound: tempo, mode, chord progressions (as scale degrees, one chord a bar), the
 * instruments and the drum and bass patterns (as eighth notes of a 4/4 bar).
 */
enum Style {
    AMBIENT(
            72,
            false,
            new int[][] {{0, 5, 3, 4}, {0, 3, 5, 4}, {5, 3, 0, 4}},
            Lead.BELL,
            0.30,
            Drums.NONE,
            new int[] {0},
            false),
    CHILL(
            88,
            false,
            new int[][] {{0, 5, 3, 4}, {3, 4, 0, 5}, {0, 2, 3, 4}},
            Lead.E_PIANO,
            0.45,
            Drums.SOFT,
            new int[] {0, 5},
            false),
    POP(
            116,
            false,
            new int[][] {{0, 4, 5, 3}, {0, 5, 3, 4}, {3, 0, 4, 5}},
            Lead.PLUCK,
            0.55,
            Drums.FULL,
            new int[] {0, 3, 4, 6},
            false),
    LOFI(
            82,
            true,
            new int[][] {{0, 5, 2, 6}, {0, 3, 4, 0}, {5, 6, 0, 0}},
            Lead.E_PIANO,
            0.40,
            Drums.SOFT,
            new int[] {0, 3, 5},
            true),
    SYNTH(
            100,
            true,
            new int[][] {{0, 5, 2, 6}, {0, 6, 5, 6}, {5, 3, 0, 4}},
            Lead.SAW,
            0.50,
            Drums.DRIVE,
            new int[] {0, 1, 2, 3, 4, 5, 6, 7},
            false),
    FOLK(
            96,
            false,
            new int[][] {{0, 3, 0, 4}, {0, 4, 5, 3}, {3, 0, 4, 0}},
            Lead.FLUTE,
            0.40,
            Drums.SHAKER,
            new int[] {0, 4},
            false);

    /** How the melody sounds. */
    enum Lead {
        /** FM with an inharmonic modulator: a glassy bell. */
        BELL,
        /** FM at 1:1 with a fast-decaying index: an electric piano. */
        E_PIANO,
        /** Harmonics with a quick decay: a plucked string. */
        PLUCK,
        /** A band-limited sawtooth, held: an analogue synth. */
        SAW,
        /** A sine with a little second harmonic and a soft attack. */
        FLUTE
    }

    /** Which eighths of a bar get a kick, a snare and a hi-hat. */
    enum Drums {
        NONE(new int[0], new int[0], new int[0]),
        SOFT(new int[] {0, 5}, new int[] {2, 6}, new int[] {0, 2, 4, 6}),
        FULL(new int[] {0, 3, 4}, new int[] {2, 6}, new int[] {0, 1, 2, 3, 4, 5, 6, 7}),
        DRIVE(new int[] {0, 2, 4, 6}, new int[] {2, 6}, new int[] {1, 3, 5, 7}),
        SHAKER(new int[] {0, 4}, new int[0], new int[] {1, 3, 5, 7});

        final int[] kick;
        final int[] snare;
        final int[] hat;

        Drums(int[] kick, int[] snare, int[] hat) {
            this.kick = kick;
            this.snare = snare;
            this.hat = hat;
        }
    }

    final int bpm;
    final boolean minor;
    final int[][] progressions;
    final Lead lead;
    /** Chance that an eighth note of the melody starts a note. */
    final double density;

    final Drums drums;
    final int[] bass;
    /** Chords with their seventh (jazzier). */
    final boolean sevenths;

    Style(
            int bpm,
            boolean minor,
            int[][] progressions,
            Lead lead,
            double density,
            Drums drums,
            int[] bass,
            boolean sevenths) {
        this.bpm = bpm;
        this.minor = minor;
        this.progressions = progressions;
        this.lead = lead;
        this.density = density;
        this.drums = drums;
        this.bass = bass;
        this.sevenths = sevenths;
    }

    /** Seconds of one 4/4 bar. */
    double barSeconds() {
        return 240.0 / bpm;
    }
}
