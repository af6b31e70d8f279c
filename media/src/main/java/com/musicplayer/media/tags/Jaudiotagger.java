package com.musicplayer.media.tags;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.jaudiotagger.audio.wav.WavOptions;
import org.jaudiotagger.audio.wav.WavSaveOptions;
import org.jaudiotagger.audio.wav.WavSaveOrder;
import org.jaudiotagger.tag.TagOptionSingleton;

/**
 * jaudiotagger's global settings, applied once for the whole module (by {@link TagReader} and the
 * demo library's writer) before any thread reads or writes a file.
 *
 * <p>Its own java.util.logging loggers are switched off: it logs every oddity of every file at
 * WARNING or SEVERE (a scan of a real library floods the log), and what matters reaches the caller
 * as an exception naming the file. Only the {@code org.jaudiotagger} logger tree is touched.
 */
public final class Jaudiotagger {

    // held strongly: java.util.logging keeps only weak references, and a collected logger forgets its level
    private static final Logger LOGGER = Logger.getLogger("org.jaudiotagger");

    static {
        LOGGER.setLevel(Level.OFF);
        TagOptionSingleton options = TagOptionSingleton.getInstance();
        // WAV: the richer ID3 chunk when there is one, else the LIST/INFO chunk; writes keep both
        options.setWavOptions(WavOptions.READ_ID3_UNLESS_ONLY_INFO);
        options.setWavSaveOptions(WavSaveOptions.SAVE_BOTH);
        options.setWavSaveOrder(WavSaveOrder.INFO_THEN_ID3);
        options.setPadNumbers(false);
    }

    private Jaudiotagger() {}

    /** Applies the settings (once; later calls do nothing). */
    public static void configure() {
        // the static initialiser did the work
    }
}
