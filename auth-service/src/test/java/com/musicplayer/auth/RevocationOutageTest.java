package com.musicplayer.auth;

import static com.musicplayer.platform.test.Http.bearer;
import static com.musicplayer.platform.test.Http.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.auth.token.TokenIssuer;
import com.musicplayer.platform.test.Http.Response;
import com.musicplayer.platform.test.LiveService;
import com.musicplayer.platform.test.TestRows;
import java.sql.SQLException;
import java.util.List;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database goes away under a running service. Whether a token has been revoked can then not be
 * told, and the token is not let through on a guess: every token-protected route answers 503
 * problem+json — {@code /auth/verify} too, which reads no table and would otherwise have honoured a
 * token revoked during the outage. An answer looked up before, within the revocation cache's
 * lifetime, still counts. The database is a real one that really stops: H2 served over TCP.
 */
class RevocationOutageTest {

    @Test
    void whenTheDatabaseIsUnreachableTokenRoutesAnswer503InsteadOfLettingTheTokenThrough() throws SQLException {
        int databasePort = LiveService.freePort();
        Server database = Server.createTcpServer("-tcpPort", String.valueOf(databasePort), "-ifNotExists")
                .start();
        int port = LiveService.freePort();
        ConfigurableApplicationContext auth = null;
        try {
            auth = LiveService.start(
                    AuthServiceApplication.class,
                    AuthServiceApplication.NAME,
                    port,
                    List.of(
                            "--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + databasePort
                                    + "/mem:outage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                                    + ";DB_CLOSE_DELAY=-1",
                            "--spring.datasource.username=sa",
                            "--spring.datasource.password=",
                            // long enough that the answer cached before the outage is still fresh after it
                            "--musicplayer.security.revocation-cache=10m"));
            TestRows rows = new TestRows(auth.getBean(JdbcTemplate.class));
            TokenIssuer issuer = auth.getBean(TokenIssuer.class);
            String seen = issuer.accessToken(rows.user("seen"), "USER", null).value();
            String unseen =
                    issuer.accessToken(rows.user("unseen"), "USER", null).value();
            String verify = "http://127.0.0.1:" + port + "/auth/verify";
            assertThat(send("GET", verify, null, "Authorization", bearer(seen)).status())
                    .isEqualTo(200);

            database.stop();

            assertThat(send("GET", verify, null, "Authorization", bearer(seen)).status())
                    .as("looked up before the outage, within the cache's lifetime")
                    .isEqualTo(200);
            Response refused = send("GET", verify, null, "Authorization", bearer(unseen));
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(refused.header("WWW-Authenticate"))
                    .as("the token is not at fault")
                    .isNull();
            assertThat(refused.json().get("detail").asText())
                    .isEqualTo("The database is unavailable, try again shortly");
            Response logout =
                    send("POST", "http://127.0.0.1:" + port + "/auth/logout", null, "Authorization", bearer(unseen));
            assertThat(logout.status()).isEqualTo(503);
            assertThat(logout.header("Content-Type")).startsWith("application/problem+json");
        } finally {
            if (auth != null) {
                auth.close();
            }
            database.stop();
        }
    }
}
