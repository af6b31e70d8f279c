package com.musicplayer.auth.session;

import com.musicplayer.auth.login.TokenResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "auth")
class SessionController {

    private final SessionService sessions;

    SessionController(SessionService sessions) {
        this.sessions = sessions;
    }

    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {}

    @PostMapping("/auth/refresh")
    @Operation(summary = "Exchange a refresh token for a new token pair (the old one is used up)")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        return TokenResponse.of(sessions.refresh(request.refreshToken()));
    }

    @PostMapping("/auth/logout")
    @Operation(summary = "End the caller's session: its refresh token and access tokens stop working")
    ResponseEntity<Void> logout(@AuthenticationPrincipal Jwt jwt) {
        sessions.logout(Long.parseLong(jwt.getSubject()), jwt.getClaimAsString("sid"));
        return ResponseEntity.noContent().build();
    }
}
