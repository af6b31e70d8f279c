package com.musicplayer.media.tags;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Missing tags guessed from where a file lies, the way people name music folders:
 * {@code Artist/Album (1999)/01 - Title.flac}, with disc folders ({@code CD1}, {@code Disc 2}) inside
 * the album folder.
 *
 * <ul>
 *   <li>title ← the file name without extension and without a leading track number ({@code 01 - },
 *       {@code 01. }, {@code 01 }, {@code 1-01 }), which gives the track (and disc) number when those
 *       tags are missing. A bare number without a separator or leading zero ("99 Luftballons") is
 *       part of the title.
 *   <li>album ← the album folder's name, without a year ({@code Album (1999)}, {@code Album [1999]},
 *       {@code 1999 - Album}, {@code (1999) Album}), which gives the year when that tag is missing; the disc number comes
 *       from a disc folder.
 *   <li>artist ← the album artist tag, else the folder above the album folder; the album artist ←
 *       that folder too, but only when neither artist tag is set (a tagged artist with no album
 *       artist stays so: the importer decides).
 * </ul>
 *
 * Folders count only below the music root: without a root (an upload, whose folder means nothing)
 * only the file name is used, and a file straight in the root has no album folder. An artist that
 * is still unknown stays null; the importer names it ("Unknown Artist").
 */
public final class TagFallbacks {

    private static final Pattern NUMBERED = Pattern.compile("^(?:(\\d)-)?(\\d{1,3})(\\s*[-._\\u2013]\\s*|\\s+)(.+)$");
    private static final Pattern DISC_FOLDER =
            Pattern.compile("^(?:cd|disc|disk)\\s*[-_ ]?\\s*(\\d{1,2})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_LAST = Pattern.compile("^(.+?)\\s*[(\\[]((?:19|20)\\d{2})[)\\]]$");
    private static final Pattern YEAR_FIRST =
            Pattern.compile("^(?:[(\\[]((?:19|20)\\d{2})[)\\]]\\s*|((?:19|20)\\d{2})\\s*[-.\\u2013]\\s*)(.+)$");

    private TagFallbacks() {}

    /**
     * {@code tags} with its gaps filled from {@code file}'s name and, below {@code musicRoot}, its
     * folders. Tags the file has are never replaced.
     *
     * @param file the audio file (for an upload: the client's file name)
     * @param musicRoot the scanned music folder {@code file} lies in, or null for names only
     */
    public static AudioTags apply(AudioTags tags, Path file, Path musicRoot) {
        String title = tags.title();
        Integer track = tags.trackNumber();
        Integer disc = tags.discNumber();
        String stem = stem(file.getFileName().toString());
        Matcher numbered = NUMBERED.matcher(stem);
        boolean hasNumber = numbered.matches() && isTrackPrefix(numbered);
        if (title == null) {
            title = TagValues.text(hasNumber ? numbered.group(4) : stem);
        }
        if (hasNumber && track == null) {
            track = TagValues.number(numbered.group(2));
        }
        if (hasNumber && disc == null && numbered.group(1) != null) {
            disc = TagValues.number(numbered.group(1));
        }

        String album = tags.album();
        Integer year = tags.year();
        String artist = tags.artist();
        String albumArtist = tags.albumArtist();
        Path root = musicRoot == null ? null : musicRoot.toAbsolutePath().normalize();
        Path albumDir = root == null ? null : file.toAbsolutePath().normalize().getParent();
        if (albumDir != null && isBelow(albumDir, root)) {
            Matcher discFolder = DISC_FOLDER.matcher(albumDir.getFileName().toString());
            if (discFolder.matches()) {
                disc = disc != null ? disc : TagValues.number(discFolder.group(1));
                albumDir = albumDir.getParent();
            }
        }
        if (albumDir != null && isBelow(albumDir, root)) {
            String[] nameAndYear = albumAndYear(albumDir.getFileName().toString());
            album = album != null ? album : nameAndYear[0];
            year = year != null ? year : TagValues.year(nameAndYear[1]);
            Path artistDir = albumDir.getParent();
            if (artistDir != null && isBelow(artistDir, root)) {
                String folderArtist = TagValues.text(artistDir.getFileName().toString());
                if (artist == null && albumArtist == null) {
                    albumArtist = folderArtist;
                }
                artist = artist != null ? artist : albumArtist;
            }
        }
        if (artist == null) {
            artist = albumArtist;
        }
        return new AudioTags(
                title,
                artist,
                albumArtist,
                album,
                track,
                tags.trackTotal(),
                disc,
                tags.discTotal(),
                year,
                tags.genre(),
                tags.compilation() || TagValues.isVariousArtists(albumArtist),
                tags.durationMs(),
                tags.bitrate(),
                tags.sampleRate(),
                tags.channels(),
                tags.container(),
                tags.codec(),
                tags.contentType(),
                tags.replayGain(),
                tags.lyrics(),
                tags.syncedLyrics(),
                tags.picture());
    }

    /** "01 - x", "01. x", "1 - x", "01 x", "1-01 x" name a track; "99 Luftballons" does not. */
    private static boolean isTrackPrefix(Matcher m) {
        boolean separator = !m.group(3).isBlank();
        boolean leadingZero = m.group(2).length() > 1 && m.group(2).charAt(0) == '0';
        return separator || leadingZero || m.group(1) != null;
    }

    /** {name, year or null} of an album folder's name. */
    private static String[] albumAndYear(String folder) {
        Matcher last = YEAR_LAST.matcher(folder);
        if (last.matches()) {
            return new String[] {TagValues.text(last.group(1)), last.group(2)};
        }
        Matcher first = YEAR_FIRST.matcher(folder);
        if (first.matches()) {
            return new String[] {
                TagValues.text(first.group(3)), first.group(1) != null ? first.group(1) : first.group(2)
            };
        }
        return new String[] {TagValues.text(folder), null};
    }

    private static boolean isBelow(Path dir, Path root) {
        return dir.startsWith(root) && !dir.equals(root);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
