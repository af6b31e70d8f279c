package com.musicplayer.mediaservice.upload;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.musicplayer.media.MediaProperties;
import com.musicplayer.media.upload.Uploads;
import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import me.desair.tus.server.TusFileUploadService;
import me.desair.tus.server.exception.TusException;
import me.desair.tus.server.upload.UploadInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resumable uploads over tus 1.0 (DESIGN §8), for big files and bad connections: tus-java-server
 * speaks the protocol, keyed by the caller's user id (nobody sees or continues another's upload).
 * When the last PATCH completes an upload, its bytes go through the same import as a multipart
 * upload ({@link Uploads#accept}) and the tus upload is deleted; that PATCH answers 204 with
 * {@code Upload-Song-Id: <id>} — or, when the file is not audio or damaged, that problem (415/422)
 * with nothing kept. A HEAD of a completed upload (a client whose final response was lost) answers
 * it as complete, with the song id, for as long as an unfinished upload would be kept.
 */
@RestController
@Tag(name = "uploads")
class TusUploadController {

    static final String PATH = "/uploads/tus";
    static final String SONG_ID = "Upload-Song-Id";

    private record Completed(String owner, long songId, long length) {}

    private final TusFileUploadService tus;
    private final Uploads uploads;
    private final Path temp;
    private final Cache<String, Completed> completed;

    TusUploadController(TusFileUploadService tus, Uploads uploads, DataDirectoryProperties data, MediaProperties media)
            throws IOException {
        this.tus = tus;
        this.uploads = uploads;
        this.temp = Files.createDirectories(data.dataDir().resolve("tmp/uploads"));
        this.completed = Caffeine.newBuilder()
                .expireAfterWrite(media.tusExpiry())
                .maximumSize(10_000)
                .build();
    }

    @RequestMapping(
            path = {PATH, PATH + "/**"},
            method = {
                RequestMethod.POST,
                RequestMethod.PATCH,
                RequestMethod.HEAD,
                RequestMethod.DELETE,
                RequestMethod.OPTIONS
            })
    @Operation(
            summary = "tus 1.0 resumable upload (admins, and users allowed to upload)",
            description = "POST creates an upload (Upload-Length, Upload-Metadata with a base64 'filename'), PATCH"
                    + " sends bytes from Upload-Offset, HEAD tells the offset to resume from, DELETE abandons it."
                    + " The PATCH that completes the upload imports the file and answers 204 with Upload-Song-Id;"
                    + " 415 not audio, 422 damaged audio (problem+json, nothing kept). Unfinished uploads expire"
                    + " after musicplayer.media.tus-expiry (24 h).")
    void tus(HttpServletRequest request, HttpServletResponse response, Caller caller) throws IOException {
        String owner = String.valueOf(caller.userId());
        String uri = request.getRequestURI();
        Completed done = completed.getIfPresent(uri);
        if (HttpMethod.HEAD.matches(request.getMethod())
                && done != null
                && done.owner().equals(owner)) {
            response.setHeader("Tus-Resumable", TusFileUploadService.TUS_API_VERSION);
            response.setHeader("Upload-Offset", String.valueOf(done.length()));
            response.setHeader("Upload-Length", String.valueOf(done.length()));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader(SONG_ID, String.valueOf(done.songId()));
            return;
        }
        tus.process(request, response, owner);
        boolean sentData = HttpMethod.PATCH.matches(request.getMethod())
                || HttpMethod.POST.matches(request.getMethod()); // creation-with-upload
        if (!sentData || response.getStatus() >= 300) {
            return;
        }
        String upload = HttpMethod.POST.matches(request.getMethod()) ? location(response) : uri;
        UploadInfo info = upload == null ? null : info(upload, owner);
        if (info != null && !info.isUploadInProgress()) {
            long songId = importCompleted(upload, info, caller, response);
            completed.put(upload, new Completed(owner, songId, info.getLength()));
            response.setHeader(SONG_ID, String.valueOf(songId));
        }
    }

    /** The finished upload's bytes into the import (which deletes its temp file whatever happens). */
    private long importCompleted(String upload, UploadInfo info, Caller caller, HttpServletResponse response)
            throws IOException {
        Path received = Files.createTempFile(temp, "tus-", ".part");
        try {
            try (InputStream in = tus.getUploadedBytes(upload, String.valueOf(caller.userId()))) {
                Files.copy(in, received, StandardCopyOption.REPLACE_EXISTING);
            }
            tus.deleteUpload(upload, String.valueOf(caller.userId()));
        } catch (IOException | TusException | RuntimeException ex) {
            Files.deleteIfExists(received);
            throw ex instanceof IOException io ? io : new IOException("Cannot read the finished upload", ex);
        }
        try {
            return uploads.accept(received, info.getFileName(), caller.userId()).songId();
        } catch (ErrorResponseException refused) {
            // 415/422/413 instead of the tus 204: the client sees why, and nothing was kept
            response.reset();
            response.setHeader("Tus-Resumable", TusFileUploadService.TUS_API_VERSION);
            throw refused;
        }
    }

    private UploadInfo info(String upload, String owner) throws IOException {
        try {
            return tus.getUploadInfo(upload, owner);
        } catch (TusException ex) {
            return null;
        }
    }

    private static String location(HttpServletResponse response) {
        String location = response.getHeader(HttpHeaders.LOCATION);
        return location == null ? null : URI.create(location).getPath();
    }
}
