package com.musicplayer.media.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** One demo track: rendered, encoded, tagged, and its .lrc sidecar if it has synced lyrics. */
final class DemoTrackWriter {

    private DemoTrackWriter() {}

    /** The files written: the track and its sidecar, if any. */
    static List<Path> write(Path albumDir, DemoCatalog.Album album, DemoCatalog.Track track, byte[] cover)
            throws IOException {
        Path dir = album.discs() > 1 ? albumDir.resolve("CD" + track.disc()) : albumDir;
        Files.createDirectories(dir);
        String base = String.format(Locale.ROOT, "%02d - %s", track.number(), DemoLibrary.safe(track.title()));
        Path file = dir.resolve(base + (track.wav() ? ".wav" : ".flac"));

        Synth synth = Synth.of(track.style(), seed(album, track), track.bars());
        short[] samples = synth.render();
        if (track.wav()) {
            Encoders.wav(samples, file);
        } else {
            Encoders.flac(samples, file);
        }
        long tracksOnDisc =
                album.tracks().stream().filter(t -> t.disc() == track.disc()).count();
        DemoTagger.tag(file, album, track, (int) tracksOnDisc, cover);
        if (track.lrc().isEmpty()) {
            return List.of(file);
        }
        Path lrc = dir.resolve(base + ".lrc");
        Files.writeString(lrc, lrc(album, track, synth.barSeconds()), StandardCharsets.UTF_8);
        return List.of(file, lrc);
    }

    /** Fixed per track, so every run renders the same piece. */
    static long seed(DemoCatalog.Album album, DemoCatalog.Track track) {
        return album.title().hashCode() * 1000L + track.disc() * 100L + track.number();
    }

    /** A line every two bars from where the melody starts. */
    private static String lrc(DemoCatalog.Album album, DemoCatalog.Track track, double barSeconds) {
        StringBuilder out = new StringBuilder();
        out.append("[ar:").append(track.artist()).append("]\n");
        out.append("[al:").append(album.title()).append("]\n");
        out.append("[ti:").append(track.title()).append("]\n");
        List<String> lines = track.lrc();
        for (int i = 0; i < lines.size(); i++) {
            long ms = Math.round((Synth.firstMelodyBar() + 2 * i) * barSeconds * 1000);
            out.append(String.format(Locale.ROOT, "[%02d:%02d.%02d]", ms / 60_000, ms / 1000 % 60, ms % 1000 / 10));
            out.append(lines.get(i)).append('\n');
        }
        return out.toString();
    }
}
