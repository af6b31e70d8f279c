package com.musicplayer.auth.login;

import com.musicplayer.auth.AuthProperties;
import com.musicplayer.auth.token.TokenIssuer;
import com.musicplayer.platform.web.ServiceUnavailableException;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * user-service's credential lookup, called with auth-service's own service token. Connect and read
 * timeouts ({@code musicplayer.auth.connect-timeout}, {@code read-timeout}) keep a login from hanging
 * on a dead or slow user-service: it fails with 503 instead. The client is Boot's {@link
 * RestClient.Builder}, so it reads JSON with the service's own (snake_case) settings.
 */
@Component
class UserDirectory {

    private static final Logger log = LoggerFactory.getLogger(UserDirectory.class);

    record Credentials(long userId, String passwordHash, String role) {}

    private final RestClient client;
    private final TokenIssuer tokens;
    private volatile TokenIssuer.IssuedToken serviceToken;

    UserDirectory(
            AuthProperties properties,
            TokenIssuer tokens,
            RestClient.Builder clients,
            ClientHttpRequestFactoryBuilder<?> requestFactories) {
        this.client = clients.baseUrl(properties.userServiceUrl().toString())
                .requestFactory(requestFactories.build(HttpClientSettings.defaults()
                        .withTimeouts(properties.connectTimeout(), properties.readTimeout())))
                .build();
        this.tokens = tokens;
    }

    Optional<Credentials> findByEmail(String email) {
        try {
            return Optional.ofNullable(client.get()
                    .uri("/users/email/{email}", email)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken())
                    .retrieve()
                    .body(Credentials.class));
        } catch (RestClientResponseException ex) {
            // 404: no such user; 400: an address user-service cannot even look up (so no such user either)
            if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)
                    || ex.getStatusCode().isSameCodeAs(HttpStatus.BAD_REQUEST)) {
                return Optional.empty();
            }
            log.warn("User service answered {} to the credential lookup", ex.getStatusCode());
            throw new ServiceUnavailableException("User service is unavailable", ex);
        } catch (RestClientException ex) {
            log.warn("User service unreachable: {}", ex.getMessage());
            throw new ServiceUnavailableException("User service is unavailable", ex);
        }
    }

    private String serviceToken() {
        TokenIssuer.IssuedToken token = serviceToken;
        // renew well before expiry so a token never dies in flight
        if (token == null
                || token.expiresAt().minus(token.lifetime().dividedBy(4)).isBefore(Instant.now())) {
            token = tokens.serviceToken();
            serviceToken = token;
        }
        return token.value();
    }
}
