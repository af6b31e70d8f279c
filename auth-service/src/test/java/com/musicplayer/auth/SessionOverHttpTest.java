package com.musicplayer.auth;

import static com.musicplayer.platform.test.Http.bearer;
import static com.musicplayer.platform.test.Http.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.Http.Response;
import com.musicplayer.platform.test.LiveService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Refresh rotation with reuse detection, logout, revocation on account changes, login throttling. */
class SessionOverHttpTest {

    final RunningSystem system = RunningSystem.get();

    record Account(long id, String email, String password) {}

    Account account() {
        String email = "s" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        long id = system.register("s_" + email.substring(1, 9), email, "correct horse");
        return new Account(id, email, "correct horse");
    }

    Response login(Account account) {
        Response login = system.login(account.email(), account.password());
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return login;
    }

    Response refresh(String refreshToken) {
        return send("POST", system.authUrl("/auth/refresh"), "{\"refresh_token\":\"" + refreshToken + "\"}");
    }

    Response me(String accessToken) {
        return send("GET", system.userUrl("/users/me"), null, "Authorization", bearer(accessToken));
    }

    /** Revocations reach other services within their 2 s cache: poll up to 4 s. */
    static int eventually(int expected, Supplier<Response> call) throws InterruptedException {
        int status = -1;
        for (int i = 0; i < 40 && status != expected; i++) {
            status = call.get().status();
            if (status != expected) {
                Thread.sleep(100);
            }
        }
        return status;
    }

    @Test
    void refreshRotatesTheTokenPair() {
        Account account = account();
        Response login = login(account);
        String firstRefresh = login.json().get("refresh_token").asText();
        assertThat(firstRefresh).hasSizeGreaterThanOrEqualTo(43);

        Response refreshed = refresh(firstRefresh);

        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(refreshed.json().get("user_id").asLong()).isEqualTo(account.id());
        assertThat(refreshed.json().get("refresh_token").asText()).isNotEqualTo(firstRefresh);
        assertThat(me(refreshed.json().get("auth_token").asText()).status()).isEqualTo(200);
        assertThat(refresh(refreshed.json().get("refresh_token").asText()).status())
                .isEqualTo(200);
    }

    @Test
    void reusingARefreshTokenRevokesTheWholeFamily() throws Exception {
        Account account = account();
        String stolen = login(account).json().get("refresh_token").asText();
        Response legit = refresh(stolen);
        assertThat(legit.status()).isEqualTo(200);

        Response replay = refresh(stolen);

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().get("detail").asText()).isEqualTo("Invalid or expired refresh token");
        // the rotated token and the access tokens of the family die with it
        assertThat(refresh(legit.json().get("refresh_token").asText()).status()).isEqualTo(401);
        String access = legit.json().get("auth_token").asText();
        assertThat(eventually(401, () -> me(access))).isEqualTo(401);
        // a fresh login is a new family and works
        assertThat(me(login(account).json().get("auth_token").asText()).status())
                .isEqualTo(200);
    }

    @Test
    void refreshAndAccessTokensAreNotInterchangeable() {
        Response login = login(account());
        String access = login.json().get("auth_token").asText();
        String refreshToken = login.json().get("refresh_token").asText();

        assertThat(me(refreshToken).status()).isEqualTo(401);
        assertThat(send("GET", system.authUrl("/auth/verify"), null, "Authorization", bearer(refreshToken))
                        .status())
                .isEqualTo(401);
        assertThat(refresh(access).status()).isIn(401, 422);
        assertThat(refresh("not-a-token").status()).isEqualTo(401);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        Response login = login(account());
        String access = login.json().get("auth_token").asText();

        Response logout = send("POST", system.authUrl("/auth/logout"), null, "Authorization", bearer(access));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(send("GET", system.authUrl("/auth/verify"), null, "Authorization", bearer(access))
                        .status())
                .isEqualTo(401);
        assertThat(eventually(401, () -> me(access))).isEqualTo(401);
        assertThat(refresh(login.json().get("refresh_token").asText()).status()).isEqualTo(401);
        assertThat(send("POST", system.authUrl("/auth/logout"), null).status()).isEqualTo(401);
    }

    @Test
    void changingThePasswordRevokesEveryTokenOfTheUser() throws Exception {
        Account account = account();
        Response login = login(account);
        String access = login.json().get("auth_token").asText();
        Thread.sleep(1100); // revocation is by issue second: the change must come in a later second

        Response change = send(
                "PUT",
                system.userUrl("/users/" + account.id()),
                "{\"password\":\"a new password\"}",
                "Authorization",
                bearer(access));
        assertThat(change.status()).isEqualTo(200);

        assertThat(eventually(401, () -> me(access))).isEqualTo(401);
        assertThat(refresh(login.json().get("refresh_token").asText()).status()).isEqualTo(401);
        assertThat(system.login(account.email(), "correct horse").status()).isEqualTo(401);
        Response again = system.login(account.email(), "a new password");
        assertThat(again.status()).isEqualTo(200);
        assertThat(me(again.json().get("auth_token").asText()).status()).isEqualTo(200);
    }

    @Test
    void changingTheRoleRevokesEveryTokenOfTheUser() throws Exception {
        Account account = account();
        Response login = login(account);
        String access = login.json().get("auth_token").asText();
        String admin = system.login("admin@musicplayer.local", "admin-password-1")
                .json()
                .get("auth_token")
                .asText();
        Thread.sleep(1100); // revocation is by issue second: the change must come in a later second

        Response promote = send(
                "PUT",
                system.userUrl("/users/" + account.id()),
                "{\"role\":\"ADMIN\"}",
                "Authorization",
                bearer(admin));

        assertThat(promote.status()).isEqualTo(200);
        // the old token still says USER: it must stop working, and a new login carries the new role
        assertThat(eventually(401, () -> me(access))).isEqualTo(401);
        assertThat(refresh(login.json().get("refresh_token").asText()).status()).isEqualTo(401);
        Response again = login(account);
        assertThat(send(
                                "GET",
                                system.authUrl("/auth/verify"),
                                null,
                                "Authorization",
                                bearer(again.json().get("auth_token").asText()))
                        .json()
                        .get("role")
                        .asText())
                .isEqualTo("ADMIN");
    }

    @Test
    void deletingAUserRevokesTheirTokens() throws Exception {
        Account account = account();
        Response login = login(account);
        String admin = system.login("admin@musicplayer.local", "admin-password-1")
                .json()
                .get("auth_token")
                .asText();

        Response delete =
                send("DELETE", system.userUrl("/users/" + account.id()), null, "Authorization", bearer(admin));

        assertThat(delete.status()).isEqualTo(204);
        String access = login.json().get("auth_token").asText();
        assertThat(eventually(401, () -> me(access))).isEqualTo(401);
        assertThat(refresh(login.json().get("refresh_token").asText()).status()).isEqualTo(401);
    }

    @Test
    void tenFailuresLockTheAccountButNotOthers() {
        Account victim = account();
        Account bystander = account();
        for (int i = 0; i < 10; i++) {
            assertThat(system.login(victim.email(), "guess-" + i).status()).isEqualTo(401);
        }

        Response locked = system.login(victim.email(), victim.password());

        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(system.login(victim.email().toUpperCase(), "guess").status()).isEqualTo(429);
        assertThat(system.login(bystander.email(), bystander.password()).status())
                .isEqualTo(200);
    }

    @Test
    void failuresFromOneAddressAreLimitedAcrossAccounts() {
        int port = LiveService.freePort();
        ConfigurableApplicationContext auth = system.start(
                AuthServiceApplication.class,
                "auth-service",
                port,
                "--musicplayer.auth.user-service-url=http://127.0.0.1:" + system.userPort,
                "--musicplayer.auth.login-failures-per-ip=3");
        try {
            String url = "http://127.0.0.1:" + port + "/auth/login";
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                statuses.add(send("POST", url, "{\"email\":\"nobody" + i + "@example.com\",\"password\":\"x\"}")
                        .status());
            }
            assertThat(statuses).containsExactly(401, 401, 401, 429);
        } finally {
            auth.close();
        }
    }
}
