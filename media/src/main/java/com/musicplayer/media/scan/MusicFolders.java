package com.musicplayer.media.scan;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a scan looks at in a folder: audio files by their extension, and the folder's cover image. */
final class MusicFolders {

    static final Set<String> AUDIO = Set.of(
            "mp3", "flac", "ogg", "oga", "opus", "m4a", "m4b", "mp4", "aac", "wav", "wave", "aif", "aiff", "aifc");

    private static final Set<String> COVER_NAMES = Set.of("cover", "folder", "front", "album", "albumart");
    private static final Set<String> IMAGE = Set.of("jpg", "jpeg", "png", "webp");

    private MusicFolders() {}

    /** An audio file's name, by its extension. */
    static boolean isAudio(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && AUDIO.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Hidden files and folders (".something") are not music: skipped. */
    static boolean hidden(String name) {
        return name.startsWith(".");
    }

    /** A disc's folder in an album's ("CD1", "Disc 2", "disk 3"): the album's cover is one up. */
    private static final java.util.regex.Pattern DISC = java.util.regex.Pattern.compile("(?i)(cd|dis[ck])\\s*\\d+");

    /**
     * The cover image of the folder's album: cover.jpg, folder.png, front.webp, … in any case, in the
     * folder itself or, for a disc's folder, in the album's folder above it.
     */
    static Optional<Path> coverOf(Path dir) throws IOException {
        Optional<Path> own = coverIn(dir);
        Path parent = dir.getParent();
        if (own.isEmpty()
                && parent != null
                && DISC.matcher(dir.getFileName().toString()).matches()) {
            return coverIn(parent);
        }
        return own;
    }

    /** The folder's cover image file (cover.jpg, folder.png, front.webp, … in any case), if any. */
    static Optional<Path> coverIn(Path dir) throws IOException {
        Path best = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
                int dot = name.lastIndexOf('.');
                if (dot > 0
                        && COVER_NAMES.contains(name.substring(0, dot))
                        && IMAGE.contains(name.substring(dot + 1))
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && (best == null
                                || entry.getFileName()
                                                .toString()
                                                .compareTo(best.getFileName().toString())
                                        < 0)) {
                    best = entry;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
