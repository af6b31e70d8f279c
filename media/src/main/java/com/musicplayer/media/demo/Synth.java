package com.musicplayer.media.demo;

import java.util.Random;

/**
 * Renders a short piece in a {@link Style}: a pad playing the chord progression, a bass line, a
 * melody built from a repeated two-bar motif (the repetition is what makes it sound composed) and a
 * drum pattern; 44.1 kHz mono, faded in and out.
 *
 * <p>Deterministic: the same style, seed and length give the same samples on every JVM. Oscillators
 * read wavetables built with {@link StrictMath}, floating point is strict since Java 17, and the
 * randomness is {@link Random}, whose sequence the JDK specifies.
 */
final class Synth {

    static final int RATE = Instruments.RATE;

    private static final int[] MAJOR = {0, 2, 4, 5, 7, 9, 11};
    private static final int[] MINOR = {0, 2, 3, 5, 7, 8, 10};
    private static final double TAIL_SECONDS = 2.0;

    private final Style style;
    private final Random random;
    private final int bars;
    private final int root;
    private final int[] progression;
    private final double bar;
    private final Instruments play;

    private Synth(Style style, long seed, int bars) {
        this.style = style;
        this.random = new Random(seed);
        this.bars = bars;
        this.root = 55 + random.nextInt(8); // G3 .. D4
        this.progression = style.progressions[random.nextInt(style.progressions.length)];
        this.bar = style.barSeconds() * (0.96 + 0.08 * random.nextDouble());
        this.play = new Instruments((int) Math.round((bars * bar + TAIL_SECONDS) * RATE), new Random(~seed));
    }

    /** A piece of {@code bars} bars (and a short tail); the seed picks key, chords, tempo and tunes. */
    static Synth of(Style style, long seed, int bars) {
        return new Synth(style, seed, bars);
    }

    /** Seconds of one bar (the style's tempo, varied a little per piece). */
    double barSeconds() {
        return bar;
    }

    /** Bar from which the melody plays (after an intro of pad and bass). */
    static int firstMelodyBar() {
        return 2;
    }

    /** The length {@link #render} gives, in seconds. */
    double seconds() {
        return play.mix.length / (double) RATE;
    }

    /** The piece as 16-bit samples; call once. */
    short[] render() {
        Motif motif = null;
        for (int b = 0; b < bars; b++) {
            boolean last = b == bars - 1;
            int chord = last ? 0 : progression[b % progression.length];
            pad(b, chord, last);
            if (b >= 1 && !last) {
                bass(b, chord);
            }
            if (b >= 2 && !last) {
                drums(b);
                if ((b - 2) % 8 == 0) {
                    motif = Motif.random(random, style.density);
                }
                melody(b, chord, motif, (b - 2) % 2 == 1, (b - 2) % 4 == 3);
            }
        }
        return master();
    }

    private void pad(int b, int chord, boolean last) {
        double start = b * bar;
        double length = last ? bar + TAIL_SECONDS * 0.8 : bar + 0.25;
        double attack = style == Style.AMBIENT ? 0.6 : 0.08;
        int voices = style.sevenths ? 4 : 3;
        for (int v = 0; v < voices; v++) {
            double freq = midiToHz(root + semitones(chord + 2 * v));
            double detune = v % 2 == 0 ? 1.002 : 0.998; // a slight beating between voices: a warmer pad
            play.tone(start, length, freq * detune, Instruments.PAD, 0.09, attack, 3.0, 0.7, 0.25);
        }
    }

    private void bass(int b, int chord) {
        double eighth = bar / 8;
        for (int i = 0; i < style.bass.length; i++) {
            int step = style.bass[i];
            int next = i + 1 < style.bass.length ? style.bass[i + 1] : 8;
            // the fifth now and then, on an offbeat, for movement
            int degree = chord + (step % 2 == 1 && random.nextInt(3) == 0 ? 4 : 0);
            double freq = midiToHz(root - 24 + semitones(degree));
            play.tone(
                    b * bar + step * eighth,
                    (next - step) * eighth,
                    freq,
                    Instruments.BASS,
                    0.30,
                    0.008,
                    0.45,
                    0.35,
                    0.05);
        }
    }

    private void drums(int b) {
        double eighth = bar / 8;
        for (int step : style.drums.kick) {
            play.kick(b * bar + step * eighth);
        }
        for (int step : style.drums.snare) {
            play.snare(b * bar + step * eighth);
        }
        for (int step : style.drums.hat) {
            play.hat(b * bar + step * eighth, step % 2 == 0 ? 0.06 : 0.04);
        }
    }

    /** One bar of the motif: its first or second bar, the answer (second half) varied at its end. */
    private void melody(int b, int chord, Motif motif, boolean secondBar, boolean answer) {
        double eighth = bar / 8;
        int offset = secondBar ? 8 : 0;
        for (int i = 0; i < 8; i++) {
            if (!motif.onsets[offset + i]) {
                continue;
            }
            int degree = motif.degrees[offset + i];
            if (answer && i >= 4) {
                degree = motif.answer[i - 4];
            }
            if (i == 0 || i == 4) {
                degree = nearestChordTone(degree, chord); // strong beats sit on the harmony
            }
            int length = 1;
            while (i + length < 8 && length < 4 && !motif.onsets[offset + i + length]) {
                length++;
            }
            double freq = midiToHz(root + 12 + semitones(degree));
            lead(b * bar + i * eighth, length * eighth * 0.95, freq);
        }
    }

    private void lead(double start, double length, double freq) {
        switch (style.lead) {
            case BELL -> play.fm(start, length + 0.6, freq, 2.0, 1.4, 0.4, 0.20, 0.9);
            case E_PIANO -> play.fm(start, length + 0.2, freq, 1.0, 1.2, 0.2, 0.24, 0.8);
            case PLUCK -> play.tone(start, length + 0.1, freq, Instruments.PLUCK, 0.24, 0.004, 0.3, 0.0, 0.06);
            case SAW -> play.tone(start, length, freq, Instruments.SAW, 0.13, 0.02, 0.6, 0.6, 0.06);
            case FLUTE -> play.tone(start, length, freq, Instruments.FLUTE, 0.22, 0.06, 1.5, 0.8, 0.08);
            default -> throw new IllegalStateException(style.lead.name());
        }
    }

    /** Softens the top end, levels the peak at -3 dBFS, fades in and out, and rounds to 16 bits. */
    private short[] master() {
        double[] mix = play.mix;
        double smooth = 0;
        double peak = 1e-9;
        for (int i = 0; i < mix.length; i++) {
            smooth += 0.45 * (mix[i] - smooth); // one-pole low-pass near 4 kHz
            mix[i] = smooth;
            peak = Math.max(peak, Math.abs(smooth));
        }
        double gain = 0.708 / peak * Short.MAX_VALUE;
        int fadeIn = (int) (0.8 * RATE);
        int fadeOut = (int) (3.0 * RATE);
        int fadeOutStart = mix.length - 1 - fadeOut;
        short[] out = new short[mix.length];
        for (int i = 0; i < mix.length; i++) {
            double fade = 1;
            if (i < fadeIn) {
                fade = i * (1.0 / fadeIn);
            } else if (i > fadeOutStart) {
                fade = (mix.length - 1 - i) * (1.0 / fadeOut);
            }
            out[i] = (short) Math.floor(mix[i] * gain * fade + 0.5);
        }
        return out;
    }

    private int nearestChordTone(int degree, int chord) {
        int best = degree;
        int distance = Integer.MAX_VALUE;
        for (int octave = -7; octave <= 14; octave += 7) {
            for (int third = 0; third < 3; third++) {
                int candidate = chord + 2 * third + octave;
                if (Math.abs(candidate - degree) < distance) {
                    distance = Math.abs(candidate - degree);
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** Semitones above the root of a scale degree (degree 7 is the octave). */
    private int semitones(int degree) {
        int[] scale = style.minor ? MINOR : MAJOR;
        return 12 * Math.floorDiv(degree, 7) + scale[Math.floorMod(degree, 7)];
    }

    private static double midiToHz(int note) {
        return 440 * StrictMath.pow(2, (note - 69) / 12.0);
    }

    /** Two bars of eighth notes: where notes start, their scale degrees, and a varied ending. */
    private record Motif(boolean[] onsets, int[] degrees, int[] answer) {

        static Motif random(Random random, double density) {
            boolean[] onsets = new boolean[16];
            int[] degrees = new int[16];
            int degree = 2 + random.nextInt(3);
            for (int i = 0; i < 16; i++) {
                onsets[i] = i == 0 || i == 8 || random.nextDouble() < density * (i % 2 == 0 ? 1.3 : 0.7);
                degree = Math.max(-2, Math.min(9, degree + step(random)));
                degrees[i] = degree;
            }
            int[] answer = new int[4];
            for (int i = 0; i < 4; i++) {
                degree = Math.max(-2, Math.min(9, degree + step(random)));
                answer[i] = i == 3 ? 0 : degree; // the answer comes home to the tonic
            }
            return new Motif(onsets, degrees, answer);
        }

        private static int step(Random random) {
            int[] steps = {-2, -1, -1, 0, 1, 1, 2};
            return steps[random.nextInt(steps.length)];
        }
    }
}
