package com.musicplayer.mediaservice.upload;

import com.musicplayer.catalog.song.SongView;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.media.upload.Uploads;
import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "uploads")
class UploadController {

    /** What an upload answers: the song it became (or was already). */
    record UploadResponse(SongView song) {}

    private final Uploads uploads;
    private final Songs songs;
    private final Path temp;

    UploadController(Uploads uploads, Songs songs, DataDirectoryProperties data) throws IOException {
        this.uploads = uploads;
        this.songs = songs;
        this.temp = Files.createDirectories(data.dataDir().resolve("tmp/uploads"));
    }

    @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload an audio file (admins, and users allowed to upload)",
            description = "201 with the new song; 200 with the existing song when the library has the same content"
                    + " already; 413 over the size limit, 415 not audio or not a supported format, 422 damaged audio."
                    + " 403 for users an admin has not allowed to upload (can_upload)."
                    + " For big files and unreliable connections use the resumable tus protocol at /uploads/tus.")
    ResponseEntity<UploadResponse> upload(@RequestParam("file") MultipartFile file, Caller caller) throws IOException {
        Path received = Files.createTempFile(temp, "upload-", ".part");
        try {
            file.transferTo(received);
        } catch (IOException | RuntimeException ex) {
            Files.deleteIfExists(received);
            throw ex;
        }
        Uploads.Accepted accepted = uploads.accept(received, file.getOriginalFilename(), caller.userId());
        SongView song = songs.get(accepted.songId(), caller.userId());
        return ResponseEntity.status(accepted.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/songs/" + song.id()))
                .body(new UploadResponse(song));
    }
}
