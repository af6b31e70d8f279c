package com.musicplayer.auth.login;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "auth")
class LoginController {

    private final LoginService logins;

    LoginController(LoginService logins) {
        this.logins = logins;
    }

    record LoginRequest(
            @NotBlank @Size(max = 255) String email,
            @NotBlank @Size(max = 1024) String password) {}

    @PostMapping("/auth/login")
    @Operation(summary = "Exchange email and password for an access token")
    TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return TokenResponse.of(logins.login(request.email(), request.password(), http.getRemoteAddr()));
    }

    @GetMapping("/auth/verify")
    @Operation(summary = "The verified claims of the presented token")
    Map<String, Object> verify(@AuthenticationPrincipal Jwt jwt) {
        return Map.of(
                "sub", jwt.getSubject(),
                "role", jwt.getClaimAsString("role"),
                "iss", jwt.getClaimAsString("iss"),
                "aud", jwt.getAudience() == null ? List.of() : jwt.getAudience(),
                "iat", jwt.getIssuedAt().getEpochSecond(),
                "exp", jwt.getExpiresAt().getEpochSecond(),
                "jti", jwt.getId() == null ? "" : jwt.getId());
    }
}
