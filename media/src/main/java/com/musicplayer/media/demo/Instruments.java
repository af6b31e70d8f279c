package com.musicplayer.media.demo;

import java.util.Random;

/**
 * The demo's instruments, each playing into one mix buffer: wavetable notes, two-operator FM, and
 * a kick, snare and hi-hat. Oscillators read wavetables built with {@link StrictMath} at 32-bit
 * fixed-point phases, so the same calls give the same samples on every JVM.
 */
final class Instruments {

    static final int RATE = 44_100;

    private static final int N = 4096; // wavetable size (a power of two)
    // phases are 32-bit fixed point (a full cycle = 2^32, wrapping by overflow): the top 12 bits
    // index the table, the other 20 interpolate
    private static final int FRACTION_BITS = 20;
    private static final double FRACTION = 1.0 / (1 << FRACTION_BITS);
    private static final double CYCLE = 4294967296.0; // 2^32
    static final double[] SINE = harmonics(1);
    static final double[] PAD = harmonics(1, 0.3, 0.08);
    static final double[] BASS = harmonics(1, 0.3);
    static final double[] PLUCK = harmonics(1, 0.5, 0.25, 0.1);
    static final double[] FLUTE = harmonics(1, 0.18, 0.05);
    static final double[] SAW = saw(8);

    final double[] mix;
    private final Random noise;

    Instruments(int samples, Random noise) {
        this.mix = new double[samples];
        this.noise = noise;
    }

    /**
     * A wavetable note: linear attack, exponential decay (time constant {@code decay}) to
     * {@code sustain}, linear release over the last {@code release} seconds.
     */
    void tone(
            double start,
            double length,
            double freq,
            double[] table,
            double amp,
            double attack,
            double decay,
            double sustain,
            double release) {
        int from = (int) Math.round(start * RATE);
        int count = Math.min((int) Math.round(length * RATE), mix.length - from);
        if (count <= 0) {
            return;
        }
        int attackEnd = Math.max(1, (int) (attack * RATE));
        int releaseStart = count - Math.max(1, (int) (release * RATE));
        double k = StrictMath.exp(-1.0 / (decay * RATE));
        double perAttack = 1.0 / attackEnd;
        double perRelease = 1.0 / (count - releaseStart);
        int step = step(freq);
        int phase = 0;
        double d = 1;
        for (int i = 0; i < count; i++) {
            double env = sustain + (1 - sustain) * d;
            if (i < attackEnd) {
                env *= i * perAttack;
            } else {
                d *= k;
            }
            if (i > releaseStart) {
                env *= (count - i) * perRelease;
            }
            mix[from + i] += amp * env * lookup(table, phase);
            phase += step;
        }
    }

    /** Two-operator FM: a sine carrier whose phase a sine modulator moves by a decaying index. */
    void fm(
            double start,
            double length,
            double freq,
            double ratio,
            double index,
            double indexDecay,
            double amp,
            double decay) {
        int from = (int) Math.round(start * RATE);
        int count = Math.min((int) Math.round(length * RATE), mix.length - from);
        int attack = (int) (0.004 * RATE);
        int releaseStart = count - (int) (0.05 * RATE);
        double envK = StrictMath.exp(-1.0 / (decay * RATE));
        double indexK = StrictMath.exp(-1.0 / (indexDecay * RATE));
        double perAttack = 1.0 / attack;
        double perRelease = 1.0 / (count - releaseStart);
        int carrierStep = step(freq);
        int modulatorStep = step(freq * ratio);
        int carrier = 0;
        int modulator = 0;
        double env = 1;
        double depth = index / (2 * Math.PI) * CYCLE; // radians of phase, in fixed point
        for (int i = 0; i < count; i++) {
            double e = env;
            if (i < attack) {
                e *= i * perAttack;
            }
            if (i > releaseStart) {
                e *= (count - i) * perRelease;
            }
            int phase = carrier + (int) (long) (depth * lookup(SINE, modulator));
            mix[from + i] += amp * e * lookup(SINE, phase);
            env *= envK;
            depth *= indexK;
            carrier += carrierStep;
            modulator += modulatorStep;
        }
    }

    /** A sine whose pitch falls fast from 125 to 45 Hz. */
    void kick(double start) {
        int from = (int) Math.round(start * RATE);
        int count = Math.min((int) (0.35 * RATE), mix.length - from);
        double sweepK = StrictMath.exp(-1.0 / (0.035 * RATE));
        double ampK = StrictMath.exp(-1.0 / (0.15 * RATE));
        double sweep = 1;
        double amp = 0.55;
        int phase = 0;
        for (int i = 0; i < count; i++) {
            mix[from + i] += amp * lookup(SINE, phase);
            phase += step(45 + 80 * sweep);
            sweep *= sweepK;
            amp *= ampK;
        }
    }

    /** A short tone and a burst of noise. */
    void snare(double start) {
        int from = (int) Math.round(start * RATE);
        int count = Math.min((int) (0.2 * RATE), mix.length - from);
        double toneK = StrictMath.exp(-1.0 / (0.06 * RATE));
        double noiseK = StrictMath.exp(-1.0 / (0.025 * RATE));
        double tone = 0.12;
        double rattle = 0.16;
        int phase = 0;
        int step = step(180);
        for (int i = 0; i < count; i++) {
            mix[from + i] += tone * lookup(SINE, phase) + rattle * (noise.nextDouble() * 2 - 1);
            phase += step;
            tone *= toneK;
            rattle *= noiseK;
        }
    }

    /** A very short burst of high-passed noise. */
    void hat(double start, double level) {
        int from = (int) Math.round(start * RATE);
        int count = Math.min((int) (0.03 * RATE), mix.length - from);
        double k = StrictMath.exp(-1.0 / (0.006 * RATE));
        double amp = level;
        double previous = 0;
        for (int i = 0; i < count; i++) {
            double white = noise.nextDouble() * 2 - 1;
            mix[from + i] += amp * (white - previous);
            previous = white;
            amp *= k;
        }
    }

    /** The table at a fixed-point phase, interpolated between its two nearest samples. */
    private static double lookup(double[] table, int phase) {
        int i = phase >>> FRACTION_BITS;
        double frac = (phase & ((1 << FRACTION_BITS) - 1)) * FRACTION;
        return table[i] + frac * (table[i + 1] - table[i]);
    }

    /** The phase increment per sample of a frequency. */
    private static int step(double freq) {
        return (int) (long) (freq / RATE * CYCLE);
    }

    /** One period of a sum of harmonics (amplitudes of the 1st, 2nd, ...), peak 1; one guard sample. */
    private static double[] harmonics(double... amplitudes) {
        double[] table = new double[N + 1];
        double peak = 0;
        for (int i = 0; i <= N; i++) {
            double sum = 0;
            for (int h = 0; h < amplitudes.length; h++) {
                sum += amplitudes[h] * StrictMath.sin(2 * Math.PI * (h + 1) * i / N);
            }
            table[i] = sum;
            peak = Math.max(peak, Math.abs(sum));
        }
        for (int i = 0; i <= N; i++) {
            table[i] /= peak;
        }
        return table;
    }

    private static double[] saw(int partials) {
        double[] amplitudes = new double[partials];
        for (int h = 0; h < partials; h++) {
            amplitudes[h] = 1.0 / (h + 1);
        }
        return harmonics(amplitudes);
    }
}
