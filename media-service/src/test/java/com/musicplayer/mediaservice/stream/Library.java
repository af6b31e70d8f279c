package com.musicplayer.mediaservice.stream;

import com.musicplayer.media.Hashes;
import com.musicplayer.media.upload.Uploads;
import com.musicplayer.platform.test.AudioFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Songs with real audio for the tests' "given": fixture files written by ffmpeg with real tags,
 * imported through the media module's upload path (the same import a POST /uploads makes).
 */
public final class Library {

    /** An imported song and the bytes of its file. */
    public record Song(long id, byte[] bytes, String sha256) {
        public byte[] range(long start, long endInclusive) {
            return Arrays.copyOfRange(bytes, (int) start, (int) endInclusive + 1);
        }
    }

    private static final Path FIXTURES = temp();

    private Library() {}

    /** A fixture file (written once per test JVM and name), e.g. {@code "tone-30s.flac"}. */
    public static Path fixture(String name, double seconds, String title, String artist) {
        Path file = FIXTURES.resolve(name);
        if (!Files.exists(file)) {
            AudioFixtures.track(title)
                    .artist(artist)
                    .album("Tests")
                    .seconds(seconds)
                    .writeTo(file);
        }
        return file;
    }

    public static Song upload(Uploads uploads, long userId, Path fixture) {
        try {
            byte[] bytes = Files.readAllBytes(fixture);
            Path temp = Files.createTempFile("upload-", ".part");
            Files.write(temp, bytes);
            Uploads.Accepted accepted =
                    uploads.accept(temp, fixture.getFileName().toString(), userId);
            return new Song(accepted.songId(), bytes, Hashes.sha256(bytes));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("stream-fixtures-");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
