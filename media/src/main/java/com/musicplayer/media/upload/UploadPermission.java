package com.musicplayer.media.upload;

import com.musicplayer.platform.security.Roles;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may upload (DESIGN §8): admins, and users an admin allowed to ({@code users.can_upload},
 * user-service's column: read here, never written). An authorization rule of the security filter
 * chain, so a refusal is a 403 before anything reads the upload.
 */
@Component
@NamedInterface("api")
public class UploadPermission implements AuthorizationManager<RequestAuthorizationContext> {

    private final JdbcClient jdbc;

    UploadPermission(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || caller.getName() == null) {
            return new AuthorizationDecision(false);
        }
        for (GrantedAuthority authority : caller.getAuthorities()) {
            if (("ROLE_" + Roles.ADMIN).equals(authority.getAuthority())) {
                return new AuthorizationDecision(true);
            }
        }
        if (!caller.getName().chars().allMatch(Character::isDigit)
                || caller.getName().isEmpty()) {
            return new AuthorizationDecision(false);
        }
        boolean allowed = jdbc.sql("SELECT can_upload FROM users WHERE id = ?")
                .param(Long.parseLong(caller.getName()))
                .query(Boolean.class)
                .optional()
                .orElse(false);
        return new AuthorizationDecision(allowed);
    }
}
