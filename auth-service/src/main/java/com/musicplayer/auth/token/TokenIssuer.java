package com.musicplayer.auth.token;

import com.musicplayer.auth.AuthProperties;
import com.musicplayer.platform.security.Roles;
import com.musicplayer.platform.security.SecurityProperties;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Mints the RS256 access tokens every service verifies: sub, role, iat, exp, iss, aud, jti; kid in the header. */
@Component
public class TokenIssuer {

    private final JwtEncoder encoder;
    private final String keyId;
    private final SecurityProperties security;
    private final AuthProperties auth;
    private final Clock clock;

    TokenIssuer(JwtEncoder encoder, RSAKey signingKey, SecurityProperties security, AuthProperties auth) {
        this.encoder = encoder;
        this.keyId = signingKey.getKeyID();
        this.security = security;
        this.auth = auth;
        this.clock = Clock.systemUTC();
    }

    /** An issued token and when it stops working. */
    public record IssuedToken(String value, Instant expiresAt, Duration lifetime) {}

    /** @param sessionId the refresh family this token belongs to ({@code sid}), so a logout can end it */
    public IssuedToken accessToken(long userId, String role, String sessionId) {
        return issue(String.valueOf(userId), role, auth.accessTokenTtl(), sessionId);
    }

    /** The token auth-service presents to user-service's credential lookup. */
    public IssuedToken serviceToken() {
        return issue("auth-service", Roles.SERVICE, auth.serviceTokenTtl(), null);
    }

    private IssuedToken issue(String subject, String role, Duration ttl, String sessionId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(ttl);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(security.issuer())
                .audience(List.of(security.audience()))
                .subject(subject)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString())
                .claim("role", role)
                .claims(c -> {
                    if (sessionId != null) {
                        c.put("sid", sessionId);
                    }
                })
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build();
        String value = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(value, expiresAt, ttl);
    }
}
