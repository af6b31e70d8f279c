package com.musicplayer.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who made the request, from the verified token. Controllers take it as a parameter; it is
 * {@code null} on a public route called without a token.
 */
public record Caller(long userId, String role) {

    public boolean isAdmin() {
        return Roles.ADMIN.equals(role);
    }

    public boolean isSelfOrAdmin(long otherUserId) {
        return isAdmin() || userId == otherUserId;
    }

    static Caller from(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            String subject = jwt.getSubject();
            if (subject != null && subject.chars().allMatch(Character::isDigit) && !subject.isEmpty()) {
                return new Caller(Long.parseLong(subject), jwt.getClaimAsString("role"));
            }
        }
        return null;
    }
}
