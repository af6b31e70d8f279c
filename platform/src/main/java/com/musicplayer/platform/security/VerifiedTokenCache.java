package com.musicplayer.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A client presents the same access token on every request for its whole life, and checking its
 * RS256 signature (and decoding it) is most of what a cheap read costs. This decoder verifies a
 * token's signature and its fixed claims once, remembers the result under the exact token text, and
 * on every use — remembered or not — checks again what changes with time: expiry and revocation.
 *
 * <p>A token that fails verification is never remembered. An entry lives at most {@code expireAfter}
 * (the JWKS cache's lifetime: a retired signing key stops being honoured as late as before).
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> everyUse;
    private final Cache<String, Jwt> verified;

    /**
     * @param verifier checks the signature and the claims that cannot change (issuer, audience, ...)
     * @param everyUse the checks that can change from one request to the next (time, revocation)
     */
    public VerifiedTokenCache(
            JwtDecoder verifier, OAuth2TokenValidator<Jwt> everyUse, int maxEntries, Duration expireAfter) {
        this.verifier = verifier;
        this.everyUse = everyUse;
        this.verified = maxEntries == 0
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(maxEntries)
                        .expireAfterWrite(expireAfter)
                        .build();
    }

    @Override
    public Jwt decode(String token) {
        // get(key, loader) propagates the loader's exception and stores nothing for it
        Jwt jwt = verified == null ? verifier.decode(token) : verified.get(token, verifier::decode);
        OAuth2TokenValidatorResult result = everyUse.validate(jwt);
        if (result.hasErrors()) {
            String description = result.getErrors().iterator().next().getDescription();
            throw new JwtValidationException(
                    description == null ? "The token is not valid" : description, result.getErrors());
        }
        return jwt;
    }

    long size() {
        if (verified == null) {
            return 0;
        }
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
