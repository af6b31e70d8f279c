package com.musicplayer.auth.login;

import com.musicplayer.auth.session.SessionService;

/** What login and refresh answer (DESIGN §5). */
public record TokenResponse(String authToken, String tokenType, long expiresIn, long userId, String refreshToken) {

    public static TokenResponse of(SessionService.Tokens tokens) {
        return new TokenResponse(
                tokens.access().value(),
                "Bearer",
                tokens.access().lifetime().toSeconds(),
                tokens.userId(),
                tokens.refreshToken());
    }
}
