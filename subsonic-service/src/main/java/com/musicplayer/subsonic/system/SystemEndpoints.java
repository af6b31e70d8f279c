package com.musicplayer.subsonic.system;

import com.musicplayer.media.scan.ScanStatus;
import com.musicplayer.media.scan.Scanner;
import com.musicplayer.subsonic.api.Call;
import com.musicplayer.subsonic.api.Element;
import com.musicplayer.subsonic.api.Endpoints;
import com.musicplayer.subsonic.api.SubsonicError;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * ping, getLicense, getOpenSubsonicExtensions (public), getScanStatus, startScan (admins), getUser,
 * and the info calls MusicPlayer has nothing for (artist and album info, similar and top songs), which
 * answer empty rather than fail, so players show their pages.
 */
@Component
class SystemEndpoints implements Endpoints {

    /** The OpenSubsonic extensions this server implements, with their versions. */
    static final Map<String, List<Integer>> EXTENSIONS = Map.of(
            "apiKeyAuthentication", List.of(1),
            "formPost", List.of(1),
            "songLyrics", List.of(1),
            "transcodeOffset", List.of(1));

    private final Scanner scanner;
    private final JdbcClient jdbc;

    SystemEndpoints(Scanner scanner, JdbcClient jdbc) {
        this.scanner = scanner;
        this.jdbc = jdbc;
    }

    @Override
    public void register(Registry registry) {
        registry.add("ping", call -> null);
        registry.add("getLicense", call -> Element.of("license").attr("valid", true));
        registry.addPublic(
                "getOpenSubsonicExtensions", call -> Element.fragment().list("openSubsonicExtensions", extensions()));
        registry.add("getScanStatus", call -> scanStatus(scanner.current()));
        registry.add("startScan", call -> {
            if (!call.user().isAdmin()) {
                throw SubsonicError.notAuthorized("start a scan");
            }
            return scanStatus(scanner.start());
        });
        registry.add("getUser", this::user);
        registry.add("getArtistInfo2", call -> Element.of("artistInfo2"));
        registry.add("getAlbumInfo2", call -> Element.of("albumInfo"));
        registry.add("getSimilarSongs2", call -> Element.of("similarSongs2").list("song", List.of()));
        registry.add("getTopSongs", call -> Element.of("topSongs").list("song", List.of()));
    }

    /** Each extension as OpenSubsonic lists it: {@code {"name": ..., "versions": [1]}}, straight in the response. */
    private static List<Element> extensions() {
        return EXTENSIONS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Element.of("openSubsonicExtensions")
                        .attr("name", e.getKey())
                        .values("versions", e.getValue()))
                .toList();
    }

    private static Element scanStatus(ScanStatus status) {
        return Element.of("scanStatus")
                .attr("scanning", ScanStatus.RUNNING.equals(status.state()))
                .attr("count", (long) status.filesSeen());
    }

    /** The caller, or (admins only) another user by username: reads user-service's {@code users}. */
    private Element user(Call call) {
        String username = call.required("username");
        if (!username.equals(call.user().username()) && !call.user().isAdmin()) {
            throw SubsonicError.notAuthorized("see other users");
        }
        record Row(String username, String email, String role) {}
        Row row = jdbc.sql("SELECT username, email, role FROM users WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Row(rs.getString("username"), rs.getString("email"), rs.getString("role")))
                .optional()
                .orElseThrow(() -> SubsonicError.notFound("User " + username));
        boolean admin = "ADMIN".equals(row.role());
        return Element.of("user")
                .attr("username", row.username())
                .attr("email", row.email())
                .attr("scrobblingEnabled", true)
                .attr("adminRole", admin)
                .attr("settingsRole", false)
                .attr("downloadRole", true)
                .attr("uploadRole", admin)
                .attr("playlistRole", true)
                .attr("coverArtRole", false)
                .attr("commentRole", false)
                .attr("podcastRole", false)
                .attr("streamRole", true)
                .attr("jukeboxRole", false)
                .attr("shareRole", false)
                .attr("videoConversionRole", false)
                .values("folder", List.of(1));
    }
}
