package com.musicplayer.auth.login;

import com.musicplayer.auth.token.TokenIssuer;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Checks a password against user-service's hash. An unknown email costs the same bcrypt check
 * (against a dummy hash) and gets the same answer as a wrong password, so neither the body nor
 * the timing tells which emails are registered.
 */
@Service
class LoginService {

    private final UserDirectory directory;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final String dummyHash;

    LoginService(UserDirectory directory, PasswordEncoder passwords, TokenIssuer tokens) {
        this.directory = directory;
        this.passwords = passwords;
        this.tokens = tokens;
        this.dummyHash = passwords.encode("dummy password for timing equality");
    }

    LoginController.TokenResponse login(String email, String password) {
        Optional<UserDirectory.Credentials> found = directory.findByEmail(email.trim());
        String hash = found.map(UserDirectory.Credentials::passwordHash).orElse(dummyHash);
        boolean matches = passwords.matches(password, hash);
        if (found.isEmpty() || !matches) {
            throw new ErrorResponseException(
                    HttpStatus.UNAUTHORIZED,
                    ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Invalid credentials"),
                    null);
        }
        UserDirectory.Credentials user = found.get();
        return LoginController.TokenResponse.of(user.userId(), tokens.accessToken(user.userId(), user.role()));
    }
}
