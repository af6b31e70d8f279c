package com.musicplayer.platform.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** Refuses a user's token once it has been revoked ({@link TokenRevocation}). */
public class RevocationValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REVOKED =
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token has been revoked", null);

    private final TokenRevocation revocation;

    public RevocationValidator(TokenRevocation revocation) {
        this.revocation = revocation;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        String subject = jwt.getSubject();
        if (subject == null
                || subject.isEmpty()
                || !subject.chars().allMatch(Character::isDigit)
                || subject.length() > 18) {
            return OAuth2TokenValidatorResult.success(); // the service token: no user behind it
        }
        if (jwt.getIssuedAt() == null
                || revocation.isRevoked(Long.parseLong(subject), jwt.getClaimAsString("sid"), jwt.getIssuedAt())) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        return OAuth2TokenValidatorResult.success();
    }
}
