package com.musicplayer.user.account;

import com.musicplayer.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The one place a password hash leaves this service: to auth-service, holding a service token. */
@RestController
@Tag(name = "internal")
class CredentialsController {

    private final UserRepository users;

    CredentialsController(UserRepository users) {
        this.users = users;
    }

    record Credentials(long userId, String passwordHash, Role role) {}

    @GetMapping("/users/email/{email}")
    @Operation(summary = "Credential lookup for auth-service (service token only)")
    Credentials byEmail(@PathVariable String email) {
        return users.findByEmail(UserService.normalizeEmail(email))
                .map(u -> new Credentials(u.getId(), u.getPasswordHash(), u.getRole()))
                .orElseThrow(() -> new NotFoundException("User with email", email));
    }
}
