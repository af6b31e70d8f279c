package com.musicplayer.mediaservice.stream;

import com.musicplayer.catalog.song.SongView;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.media.stream.AudioSource;
import com.musicplayer.media.stream.AudioSources;
import com.musicplayer.media.stream.Content;
import com.musicplayer.media.stream.RangeResponses;
import com.musicplayer.media.stream.StreamUrls;
import com.musicplayer.media.stream.Transcode;
import com.musicplayer.media.stream.Transcoder;
import com.musicplayer.platform.security.Caller;
import com.musicplayer.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "playback")
class StreamController {

    private static final Logger log = LoggerFactory.getLogger(StreamController.class);
    private static final String FORMATS = "(?i)mp3|opus|aac";

    /** The query of a stream: what to transcode to, and a signed URL's signature. */
    record StreamParams(
            @Parameter(description = "Transcode to mp3, opus (in Ogg) or aac (ADTS); absent: the original")
            @Pattern(regexp = FORMATS, message = "must be mp3, opus or aac")
            String format,

            @Parameter(
                    description =
                            "At most this many kb/s (32-320); a higher original is transcoded (to mp3 unless format says)")
            @Min(32)
            @Max(320)
            Integer maxBitrate,

            @Parameter(description = "Start this many seconds in (transcoded, not cached)") @DecimalMin("0")
            Double timeOffset,

            @Parameter(description = "Signed URL: expiry (epoch seconds)")
            Long exp,

            @Parameter(description = "Signed URL: the user it was signed for")
            Long uid,

            @Parameter(description = "Signed URL: the signature")
            String sig) {

        StreamUrls.Signature signature() {
            return new StreamUrls.Signature(exp, uid, sig);
        }

        String formatName() {
            return format == null ? null : format.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What {@code stream-url} signs along: the transcoding the URL will ask for. */
    record SignParams(
            @Parameter(description = "mp3, opus or aac; absent: the original")
            @Pattern(regexp = FORMATS, message = "must be mp3, opus or aac")
            String format,

            @Parameter(description = "At most this many kb/s (32-320)") @Min(32) @Max(320)
            Integer maxBitrate) {}

    record StreamUrlResponse(String url, Instant expiresAt) {}

    private final AudioSources sources;
    private final StreamAccess access;
    private final StreamUrls urls;
    private final Transcoder transcoder;
    private final RangeResponses ranges;
    private final Songs songs;

    StreamController(
            AudioSources sources,
            StreamAccess access,
            StreamUrls urls,
            Transcoder transcoder,
            RangeResponses ranges,
            Songs songs) {
        this.sources = sources;
        this.access = access;
        this.urls = urls;
        this.transcoder = transcoder;
        this.ranges = ranges;
        this.songs = songs;
    }

    @RequestMapping(
            path = "/songs/{id}/stream",
            method = {RequestMethod.GET, RequestMethod.HEAD})
    @Operation(
            summary = "The song's audio (a bearer token, or a signed URL from stream-url)",
            description = "The original bytes with Range support (206, multipart/byteranges, 416), a strong ETag"
                    + " (the content's SHA-256), Last-Modified, If-Range and If-None-Match (304). With format,"
                    + " max_bitrate or time_offset: transcoded by ffmpeg, sent as it is made (a whole-song"
                    + " transcode is cached, and then served with Range support too); 503 + Retry-After when every"
                    + " transcoder is busy, 503 when the server has no ffmpeg. 404 when the song has no audio."
                    + " Streaming does not count as a play.")
    void stream(
            @PathVariable long id,
            @Valid @ParameterObject StreamParams params,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        access.userOf(id, caller, params.signature(), params.formatName(), params.maxBitrate());
        AudioSource source = audioOf(id);
        Optional<Transcoder.Target> target =
                transcoder.plan(source.audio(), params.formatName(), params.maxBitrate(), params.timeOffset());
        if (target.isEmpty()) {
            sendOriginal(source, request, response);
            return;
        }
        Transcoder.Target transcode = target.get();
        Optional<Path> cached = transcoder.cached(source, transcode);
        if (cached.isPresent()) {
            ranges.send(
                    Content.file(
                            cached.get(),
                            transcode.etag(source.audio().sha256()),
                            source.audio().lastModified(),
                            transcode.format().contentType()),
                    request,
                    response);
            return;
        }
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "none");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(transcode.format().contentType());
        if (HttpMethod.HEAD.matches(request.getMethod())) {
            return;
        }
        live(source, transcode, response);
    }

    /** A transcode as ffmpeg makes it: no length, no ranges; a client that leaves stops ffmpeg. */
    private void live(AudioSource source, Transcoder.Target target, HttpServletResponse response) throws IOException {
        try (Transcode running = transcoder.start(source, target)) {
            try {
                running.writeTo(response.getOutputStream());
            } catch (Transcode.TranscodeFailedException failed) {
                log.warn("Transcoding song {} to {} failed: {}", source.audio().songId(), target, failed.getMessage());
                if (!response.isCommitted()) {
                    response.reset();
                    throw new ErrorResponseException(
                            HttpStatus.INTERNAL_SERVER_ERROR,
                            ProblemDetail.forStatusAndDetail(
                                    HttpStatus.INTERNAL_SERVER_ERROR, "The song's audio could not be transcoded"),
                            failed);
                }
            } catch (IOException clientGone) {
                // the player went away (a seek, a skip): closing the transcode stops ffmpeg
                log.debug("Stream of song {} ended early: {}", source.audio().songId(), clientGone.toString());
            }
        }
    }

    @RequestMapping(
            path = "/songs/{id}/download",
            method = {RequestMethod.GET, RequestMethod.HEAD})
    @Operation(
            summary = "The song's original file as an attachment (a bearer token, or a signed URL)",
            description = "Content-Disposition: attachment with the file name 'artist - title.ext'; Range requests"
                    + " resume a download. 404 when the song has no audio.")
    void download(
            @PathVariable long id,
            @Valid @ParameterObject StreamParams params,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        long userId = access.userOf(id, caller, params.signature(), params.formatName(), params.maxBitrate());
        AudioSource source = audioOf(id);
        SongView song = songs.get(id, userId);
        String name = fileName(song.artist() + " - " + song.title()) + "." + source.extension();
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        sendOriginal(source, request, response);
    }

    @GetMapping("/songs/{id}/stream-url")
    @Operation(
            summary = "A signed stream URL for players that cannot send a token (<audio>, casting)",
            description =
                    "An origin-relative /songs/{id}/stream URL that works without an Authorization header for"
                            + " the caller and this song until expires_at (musicplayer.media.stream-url-ttl, default 6 h)."
                            + " format and max_bitrate, when given, are part of the signed URL. 404 when the song has no audio.")
    StreamUrlResponse streamUrl(@PathVariable long id, @Valid @ParameterObject SignParams params, Caller caller) {
        audioOf(id);
        String format = params.format() == null ? null : params.format().toLowerCase(java.util.Locale.ROOT);
        StreamUrls.Signed signed = urls.sign(id, caller.userId(), format, params.maxBitrate());
        return new StreamUrlResponse(signed.url(), signed.expiresAt());
    }

    private AudioSource audioOf(long songId) {
        AudioSource source = sources.ofSong(songId).orElseThrow(() -> new NotFoundException("Audio of song", songId));
        if (source.localFile().isPresent()
                && !java.nio.file.Files.isRegularFile(source.localFile().get())) {
            throw missing(songId);
        }
        return source;
    }

    private void sendOriginal(AudioSource source, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            ranges.send(Content.original(source), request, response);
        } catch (NoSuchFileException gone) {
            // the object went from the store since it was imported
            log.warn("The audio of song {} is missing: {}", source.audio().songId(), gone.getMessage());
            if (response.isCommitted()) {
                throw gone;
            }
            response.reset();
            throw missing(source.audio().songId());
        }
    }

    private static ErrorResponseException missing(long songId) {
        return new ErrorResponseException(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "The audio file of song " + songId + " is missing from the library"),
                null);
    }

    /** The name without what file systems refuse ({@code / \ : * ? " < > |}, control characters). */
    static String fileName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").trim();
        return cleaned.isEmpty() ? "song" : cleaned;
    }
}
