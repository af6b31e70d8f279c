package com.musicplayer.subsonic.media;

import com.musicplayer.catalog.album.Albums;
import com.musicplayer.catalog.lyrics.Lyrics;
import com.musicplayer.catalog.lyrics.LyricsView;
import com.musicplayer.catalog.song.SongView;
import com.musicplayer.catalog.song.Songs;
import com.musicplayer.media.artwork.Artworks;
import com.musicplayer.media.stream.AudioSource;
import com.musicplayer.media.stream.AudioSources;
import com.musicplayer.media.stream.Content;
import com.musicplayer.media.stream.RangeResponses;
import com.musicplayer.media.stream.Transcode;
import com.musicplayer.media.stream.Transcoder;
import com.musicplayer.subsonic.api.Call;
import com.musicplayer.subsonic.api.Element;
import com.musicplayer.subsonic.api.Endpoints;
import com.musicplayer.subsonic.api.Ids;
import com.musicplayer.subsonic.api.SubsonicError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * stream, download, getCoverArt and getLyricsBySongId with the media module's playback code — the
 * same Range/ETag/sendfile responses and ffmpeg transcodes as media-service's {@code /songs/{id}/stream}
 * ({@code maxBitRate}, {@code format}, {@code timeOffset}; {@code format=raw} is the original).
 */
@org.springframework.stereotype.Component
class MediaEndpoints implements Endpoints {

    private static final Logger log = LoggerFactory.getLogger(MediaEndpoints.class);
    private static final Set<String> FORMATS = Set.of("mp3", "opus", "aac");

    private final AudioSources sources;
    private final Transcoder transcoder;
    private final RangeResponses ranges;
    private final Artworks artworks;
    private final Albums albums;
    private final Songs songs;
    private final Lyrics lyrics;

    MediaEndpoints(
            AudioSources sources,
            Transcoder transcoder,
            RangeResponses ranges,
            Artworks artworks,
            Albums albums,
            Songs songs,
            Lyrics lyrics) {
        this.sources = sources;
        this.transcoder = transcoder;
        this.ranges = ranges;
        this.artworks = artworks;
        this.albums = albums;
        this.songs = songs;
        this.lyrics = lyrics;
    }

    @Override
    public void register(Registry registry) {
        registry.add("stream", this::stream);
        registry.add("download", this::download);
        registry.add("getCoverArt", this::coverArt);
        registry.add("getLyricsBySongId", this::lyrics);
    }

    private Element stream(Call call) throws IOException {
        AudioSource source = audioOf(Ids.song(call.required("id")));
        String format = call.param("format");
        format = format == null ? null : format.toLowerCase(Locale.ROOT);
        Integer maxBitRate = call.optionalInteger("maxBitRate");
        Double timeOffset = timeOffset(call);
        Optional<Transcoder.Target> target = "raw".equals(format)
                ? Optional.empty()
                : transcoder.plan(
                        source.audio(),
                        format != null && FORMATS.contains(format) ? format : null,
                        maxBitRate == null || maxBitRate <= 0 ? null : Math.max(32, Math.min(320, maxBitRate)),
                        timeOffset);
        if (target.isEmpty()) {
            ranges.send(Content.original(source), call.request(), call.rawResponse());
            return null;
        }
        Transcoder.Target transcode = target.get();
        Optional<java.nio.file.Path> cached = transcoder.cached(source, transcode);
        if (cached.isPresent()) {
            ranges.send(
                    Content.file(
                            cached.get(),
                            transcode.etag(source.audio().sha256()),
                            source.audio().lastModified(),
                            transcode.format().contentType()),
                    call.request(),
                    call.rawResponse());
            return null;
        }
        try (Transcode running = transcoder.start(source, transcode)) {
            HttpServletResponse response = call.rawResponse();
            response.setHeader(HttpHeaders.ACCEPT_RANGES, "none");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setContentType(transcode.format().contentType());
            try {
                running.writeTo(response.getOutputStream());
            } catch (Transcode.TranscodeFailedException failed) {
                log.warn("Transcoding song {} failed: {}", source.audio().songId(), failed.getMessage());
                throw new SubsonicError(SubsonicError.GENERIC, "The song's audio could not be transcoded");
            } catch (IOException clientGone) {
                log.debug("Stream of song {} ended early: {}", source.audio().songId(), clientGone.toString());
            }
        }
        return null;
    }

    private static Double timeOffset(Call call) {
        String value = call.param("timeOffset");
        if (value == null) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(value.trim());
            return seconds <= 0 ? null : seconds;
        } catch (NumberFormatException ex) {
            throw SubsonicError.invalid("timeOffset", value);
        }
    }

    private Element download(Call call) throws IOException {
        long id = Ids.song(call.required("id"));
        AudioSource source = audioOf(id);
        SongView song = songs.get(id, call.userId());
        String name = (song.artist() + " - " + song.title()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "."
                + source.extension();
        HttpServletResponse response = call.rawResponse();
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        ranges.send(Content.original(source), call.request(), response);
        return null;
    }

    private Element coverArt(Call call) throws IOException {
        String id = call.required("id");
        long artwork;
        if (Ids.isAlbum(id)) {
            String url = albums.get(Ids.albumId(id)).coverImageUrl();
            if (url == null || !url.startsWith("/artwork/")) {
                throw SubsonicError.notFound("Cover art " + id);
            }
            artwork = Ids.song(url.substring("/artwork/".length()));
        } else {
            artwork = Ids.song(id);
        }
        Integer size = call.optionalInteger("size");
        Integer fit = size == null || size <= 0 ? null : Math.max(Artworks.MIN_SIZE, Math.min(Artworks.MAX_SIZE, size));
        Artworks.Rendered image = artworks.render(artwork, fit);
        HttpServletResponse response = call.rawResponse();
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
        ranges.send(
                Content.file(image.file(), image.etag(), Instant.EPOCH, image.mimeType()), call.request(), response);
        return null;
    }

    private Element lyrics(Call call) {
        long id = Ids.song(call.required("id"));
        if (!songs.exists(id)) {
            throw SubsonicError.notFound("Song " + id);
        }
        SongView song = songs.get(id, call.userId());
        List<Element> structured = new ArrayList<>();
        lyrics.of(id).ifPresent(found -> {
            if (found.synced() != null && !found.synced().isEmpty()) {
                structured.add(structured(
                        song,
                        true,
                        found.synced().stream()
                                .map(line -> Element.of("line")
                                        .attr("start", line.startMs())
                                        .text(line.text()))
                                .toList()));
            }
            if (found.plain() != null && !found.plain().isBlank()) {
                structured.add(structured(song, false, plainLines(found)));
            }
        });
        return Element.of("lyricsList").list("structuredLyrics", structured);
    }

    private static Element structured(SongView song, boolean synced, List<Element> lines) {
        return Element.of("structuredLyrics")
                .attr("displayArtist", song.artist())
                .attr("displayTitle", song.title())
                .attr("lang", "xxx")
                .attr("synced", synced)
                .list("line", lines);
    }

    private static List<Element> plainLines(LyricsView found) {
        return found.plain().lines().map(line -> Element.of("line").text(line)).toList();
    }

    private AudioSource audioOf(long songId) {
        AudioSource source =
                sources.ofSong(songId).orElseThrow(() -> SubsonicError.notFound("Audio of song " + songId));
        if (source.localFile().isPresent()
                && !Files.isRegularFile(source.localFile().get())) {
            throw SubsonicError.notFound("The audio file of song " + songId);
        }
        return source;
    }
}
