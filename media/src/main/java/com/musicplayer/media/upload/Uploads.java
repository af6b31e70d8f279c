package com.musicplayer.media.upload;

import com.musicplayer.media.Hashes;
import com.musicplayer.media.artwork.CoverImage;
import com.musicplayer.media.file.AudioFile;
import com.musicplayer.media.file.MediaFiles;
import com.musicplayer.media.file.MediaImports;
import com.musicplayer.media.storage.BlobStore;
import com.musicplayer.media.tags.AudioTags;
import com.musicplayer.media.tags.CorruptAudioException;
import com.musicplayer.media.tags.TagFallbacks;
import com.musicplayer.media.tags.TagReader;
import com.musicplayer.media.tags.UnsupportedAudioException;
import com.musicplayer.platform.web.LimitsProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Uploaded audio (DESIGN §8), whether it came in one multipart request or resumed over tus: the
 * received temp file is checked (audio we can read: 415 when it is not audio or not a supported
 * format, 422 when it is broken), hashed — the same content again is the song the library already
 * has (200, nothing stored) — and only then moved into the blob store and imported, with its
 * {@code uploads} row, in one transaction. Whatever fails, nothing stays behind: not the temp
 * file, not the blob, not a row.
 */
@Service
@NamedInterface("api")
public class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);

    /** The song an upload became: {@code created} false when the library had that content already. */
    public record Accepted(long songId, boolean created) {}

    private final TagReader tags;
    private final MediaFiles files;
    private final MediaImports imports;
    private final BlobStore blobs;
    private final UploadRepository uploads;
    private final LimitsProperties limits;

    Uploads(
            TagReader tags,
            MediaFiles files,
            MediaImports imports,
            BlobStore blobs,
            UploadRepository uploads,
            LimitsProperties limits) {
        this.tags = tags;
        this.files = files;
        this.imports = imports;
        this.blobs = blobs;
        this.uploads = uploads;
        this.limits = limits;
    }

    public long maxBytes() {
        return limits.maxUploadSize().toBytes();
    }

    /**
     * Imports the received file {@code temp} (deleted whatever happens) as uploaded by {@code userId}
     * under its client-side name {@code filename}.
     */
    public Accepted accept(Path temp, String filename, Long userId) {
        try {
            long size = Files.size(temp);
            if (size > maxBytes()) {
                throw tooLarge();
            }
            if (size == 0) {
                throw unsupported("The file is empty");
            }
            String name = safeName(filename);
            AudioTags read;
            try {
                read = TagFallbacks.apply(tags.read(temp), Path.of(name), null);
            } catch (UnsupportedAudioException ex) {
                throw unsupported(name + " is not audio in a format we support (mp3, flac, ogg, opus, m4a, wav, aiff)");
            } catch (CorruptAudioException ex) {
                throw new ErrorResponseException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        ProblemDetail.forStatusAndDetail(
                                HttpStatus.UNPROCESSABLE_CONTENT,
                                name + " looks like audio but cannot be read: it is damaged"),
                        null);
            }
            String sha256 = Hashes.sha256(temp);
            Optional<Long> existing = files.songWithContent(sha256);
            if (existing.isPresent()) {
                return new Accepted(existing.get(), false);
            }
            String key = "audio/" + sha256.substring(0, 2) + "/" + sha256 + "." + read.container();
            CoverImage cover = read.picture() == null
                    ? null
                    : CoverImage.of(read.picture().data()).orElse(null);
            AudioFile audio = new AudioFile(
                    AudioFile.UPLOAD, key, null, read, sha256, size, System.currentTimeMillis(), cover, null, true);
            blobs.put(key, temp);
            try {
                List<MediaImports.Outcome> outcome = imports.save(
                        List.of(audio), saved -> uploads.save(new Upload(userId, saved.songId(), name, size, sha256)));
                return new Accepted(outcome.get(0).songId(), true);
            } catch (RuntimeException failed) {
                deleteQuietly(key);
                throw failed;
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ex) {
                log.warn("Cannot delete the upload's temp file {}: {}", temp, ex.toString());
            }
        }
    }

    public static ErrorResponseException tooLarge() {
        return new ErrorResponseException(
                HttpStatus.CONTENT_TOO_LARGE,
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.CONTENT_TOO_LARGE, "The file is larger than uploads may be"),
                null);
    }

    private static ErrorResponseException unsupported(String detail) {
        return new ErrorResponseException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail),
                null);
    }

    private void deleteQuietly(String key) {
        try {
            blobs.delete(key);
        } catch (IOException ex) {
            log.warn("Cannot delete the blob {} of a failed upload: {}", key, ex.toString());
        }
    }

    /** The client's file name without any path, for the fallbacks and the record. */
    static String safeName(String filename) {
        if (filename == null || filename.isBlank()) {
            return "upload";
        }
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}]", "")
                .trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "upload";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
