package com.musicplayer.system;

import static com.musicplayer.platform.test.Http.bearer;

import com.musicplayer.album.AlbumServiceApplication;
import com.musicplayer.auth.AuthServiceApplication;
import com.musicplayer.mediaservice.MediaServiceApplication;
import com.musicplayer.platform.test.Http;
import com.musicplayer.platform.test.LiveService;
import com.musicplayer.playlist.PlaylistServiceApplication;
import com.musicplayer.song.SongServiceApplication;
import com.musicplayer.subsonic.SubsonicServiceApplication;
import com.musicplayer.user.UserServiceApplication;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * All four services, each on its own free port over this run's test database, wired to each
 * other as in production (JWKS from auth-service, credentials from user-service). Started once per
 * test JVM; tests talk to it over real HTTP.
 */
public final class SystemUnderTest {

    public static final String ADMIN_EMAIL = "root@example.com";
    public static final String ADMIN_PASSWORD = "system-test-admin-password";
    private static SystemUnderTest instance;

    public final Map<String, Integer> ports;
    public final ConfigurableApplicationContext auth;

    private SystemUnderTest() {
        int authPort = LiveService.freePort();
        ports = Map.of(
                "auth", authPort,
                "album", LiveService.freePort(),
                "song", LiveService.freePort(),
                "user", LiveService.freePort(),
                "media", LiveService.freePort(),
                "playlist", LiveService.freePort(),
                "subsonic", LiveService.freePort());
        List<String> common = List.of(
                "--musicplayer.security.jwks-url=http://127.0.0.1:" + authPort + "/.well-known/jwks.json",
                "--musicplayer.auth.user-service-url=http://127.0.0.1:" + ports.get("user"),
                "--musicplayer.admin.email=" + ADMIN_EMAIL,
                "--musicplayer.admin.password=" + ADMIN_PASSWORD,
                "--logging.level.root=WARN",
                // what these tests check is not how fast user-service answers: a busy machine must not fail a login
                "--musicplayer.auth.read-timeout=10s");
        LiveService.start(UserServiceApplication.class, UserServiceApplication.NAME, ports.get("user"), common);
        auth = LiveService.start(AuthServiceApplication.class, AuthServiceApplication.NAME, authPort, common);
        LiveService.start(AlbumServiceApplication.class, AlbumServiceApplication.NAME, ports.get("album"), common);
        LiveService.start(SongServiceApplication.class, SongServiceApplication.NAME, ports.get("song"), common);
        LiveService.start(MediaServiceApplication.class, MediaServiceApplication.NAME, ports.get("media"), common);
        LiveService.start(
                PlaylistServiceApplication.class, PlaylistServiceApplication.NAME, ports.get("playlist"), common);
        LiveService.start(
                SubsonicServiceApplication.class, SubsonicServiceApplication.NAME, ports.get("subsonic"), common);
    }

    public static synchronized SystemUnderTest get() {
        if (instance == null) {
            instance = new SystemUnderTest();
        }
        return instance;
    }

    /** http://127.0.0.1:PORT of a service: auth, album, song or user. */
    public String url(String service, String path) {
        return "http://127.0.0.1:" + ports.get(service) + path;
    }

    /** The service that answers a path, as the gateway routes it (DESIGN §12). */
    public String serviceOf(String path) {
        if (path.startsWith("/library")
                || path.startsWith("/uploads")
                || path.startsWith("/artwork")
                || path.matches("/songs/[^/]+/(stream|stream-url|download)([?].*)?")) {
            return "media";
        }
        if (path.startsWith("/playlists") || isPath(path, "/me/queue")) {
            return "playlist";
        }
        if (path.startsWith("/rest/")) {
            return "subsonic";
        }
        if (path.startsWith("/auth") || path.startsWith("/.well-known")) {
            return "auth";
        }
        if (path.startsWith("/albums") || path.startsWith("/artists") || path.startsWith("/search")) {
            return "album";
        }
        if (path.startsWith("/songs") || isPath(path, "/me/plays") || isPath(path, "/me/now-playing")) {
            return "song";
        }
        return "user";
    }

    /** {@code path} is {@code route}, with or without a query string. */
    private static boolean isPath(String path, String route) {
        return path.equals(route) || path.startsWith(route + "?");
    }

    public Http.Response call(String method, String path, String token, String body) {
        String url = url(serviceOf(path), path);
        return token == null
                ? Http.send(method, url, body)
                : Http.send(method, url, body, "Authorization", bearer(token));
    }

    public RSAKey signingKey() {
        return auth.getBean(RSAKey.class);
    }

    /** A registered, logged-in user. */
    public record Account(long id, String email, String token, String refreshToken) {}

    public Account newUser() {
        String name = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Http.Response created = call("POST", "/users", null, """
                {"username":"%s","email":"%s@example.com","password":"password-%s","first_name":"Test"}
                """.formatted(name, name, name));
        if (created.status() != 201) {
            throw new IllegalStateException("register: " + created.status() + " " + created.body());
        }
        return login(name + "@example.com", "password-" + name);
    }

    public Account admin() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public Account login(String email, String password) {
        Http.Response login = call("POST", "/auth/login", null, """
                {"email":"%s","password":"%s"}""".formatted(email, password));
        if (login.status() != 200) {
            throw new IllegalStateException("login: " + login.status() + " " + login.body());
        }
        return new Account(
                login.json().get("user_id").asLong(),
                email,
                login.json().get("auth_token").asText(),
                login.json().get("refresh_token").asText());
    }

    /** Creates a song as admin and returns its id. */
    public long newSong(String adminToken) {
        Http.Response song = call("POST", "/songs", adminToken, """
                {"title":"Song %s","artist":"Artist","genre":"Rock","file_url":"https://example.com/a.mp3","duration":200}
                """.formatted(UUID.randomUUID()));
        if (song.status() != 201) {
            throw new IllegalStateException("song: " + song.status() + " " + song.body());
        }
        return song.json().get("id").asLong();
    }

    /** The id of the artist an album or song of {@link #newAlbum}/{@link #newSong} names. */
    public long artistOf(String type, long id, String token) {
        return call("GET", "/" + type + "/" + id, token, null)
                .json()
                .get("artist_id")
                .asLong();
    }

    /** Creates an album as admin and returns its id. */
    public long newAlbum(String adminToken) {
        Http.Response album = call("POST", "/albums", adminToken, """
                {"title":"Album %s","artist":"Artist","genre":"Rock"}
                """.formatted(
                        UUID.randomUUID().toString().substring(0, 8)));
        if (album.status() != 201) {
            throw new IllegalStateException("album: " + album.status() + " " + album.body());
        }
        return album.json().get("id").asLong();
    }
}
