package com.musicplayer.media.tags;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jaudiotagger.tag.reference.GenreTypes;

/** Parsing of tag strings as taggers really write them. */
final class TagValues {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,9})");
    private static final Pattern TOTAL = Pattern.compile("/\\s*(\\d{1,9})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern ID3_GENRE = Pattern.compile("^\\((\\d{1,3})\\)(.*)$");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");

    private TagValues() {}

    /** Trimmed, without the NULs some taggers leave at the end; blank gives null. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String s = value.replace("\u0000", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** The leading number of "3", "03" or "3/12"; null for none or 0. */
    static Integer number(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = LEADING_NUMBER.matcher(value);
        return m.find() ? positive(Long.parseLong(m.group(1))) : null;
    }

    /** The total of "3/12"; null without one. */
    static Integer total(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = TOTAL.matcher(value);
        return m.find() ? positive(Long.parseLong(m.group(1))) : null;
    }

    /** The first four-digit year of a date: "1999", "1999-05-01", "1999-05-01T10:00:00". */
    static Integer year(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = YEAR.matcher(value);
        return m.find() ? positive(Long.parseLong(m.group(1))) : null;
    }

    /** A genre name; ID3v1 numbers ("17", "(17)") become their names ("Rock"). */
    static String genre(String value) {
        String s = text(value);
        if (s == null) {
            return null;
        }
        Matcher m = ID3_GENRE.matcher(s);
        if (m.matches()) {
            String refinement = text(m.group(2));
            return refinement != null ? refinement : genreName(Integer.parseInt(m.group(1)), s);
        }
        return s.chars().allMatch(Character::isDigit) && s.length() <= 3 ? genreName(Integer.parseInt(s), s) : s;
    }

    private static String genreName(int id, String fallback) {
        String name = GenreTypes.getInstanceOf().getValueForId(id);
        return name != null ? name : fallback;
    }

    /** "1", "true", "yes" (the compilation flag as iTunes, foobar2000 and Picard write it). */
    static boolean flag(String value) {
        String s = text(value);
        return s != null && (s.equals("1") || s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes"));
    }

    /** A ReplayGain gain ("-6.50 dB", "+1.2dB", "-6,50 dB") or peak ("0.988553"); null if unreadable. */
    static Double decimal(String value) {
        String s = text(value);
        if (s == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(s.replace(',', '.'));
        if (!m.find()) {
            return null;
        }
        double d = Double.parseDouble(m.group());
        return Double.isFinite(d) ? d : null;
    }

    /** An Opus R128 gain (Q7.8 fixed point, relative to -23 LUFS) as a ReplayGain gain (-18 LUFS). */
    static Double r128ToReplayGain(String value) {
        String s = text(value);
        if (s == null || !s.matches("[-+]?\\d{1,6}")) {
            return null;
        }
        return Integer.parseInt(s) / 256.0 + 5.0;
    }

    /** "Various Artists" (or "Various") as an album artist marks a compilation. */
    static boolean isVariousArtists(String albumArtist) {
        if (albumArtist == null) {
            return false;
        }
        String s = albumArtist.strip().toLowerCase(Locale.ROOT);
        return s.equals("various artists") || s.equals("various");
    }

    private static Integer positive(long n) {
        return n > 0 && n <= Integer.MAX_VALUE ? (int) n : null;
    }
}
