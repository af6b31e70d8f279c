package com.musicplayer.auth.login;

import com.musicplayer.auth.AuthProperties;
import com.musicplayer.auth.session.SessionService;
import com.musicplayer.platform.web.Throttle;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Checks a password against user-service's hash. An unknown email costs the same bcrypt check
 * (against a dummy hash) and gets the same answer as a wrong password, so neither the body nor
 * the timing tells which emails are registered. Failures are limited per account and per client
 * address; an account under attack is locked for its attacker only in the sense that every
 * caller waits, while other accounts are untouched.
 */
@Service
class LoginService {

    private final UserDirectory directory;
    private final PasswordEncoder passwords;
    private final SessionService sessions;
    private final String dummyHash;
    private final Throttle accountFailures;
    private final Throttle addressFailures;

    LoginService(
            UserDirectory directory, PasswordEncoder passwords, SessionService sessions, AuthProperties properties) {
        this.directory = directory;
        this.passwords = passwords;
        this.sessions = sessions;
        this.dummyHash = passwords.encode("dummy password for timing equality");
        this.accountFailures = new Throttle(properties.loginFailuresPerAccount(), properties.loginFailureWindow());
        this.addressFailures = new Throttle(properties.loginFailuresPerIp(), properties.loginFailureWindow());
    }

    SessionService.Tokens login(String email, String password, String clientAddress) {
        String account = email.trim().toLowerCase(Locale.ROOT);
        accountFailures.check(account);
        addressFailures.check(clientAddress);
        Optional<UserDirectory.Credentials> found = directory.findByEmail(account);
        String hash = found.map(UserDirectory.Credentials::passwordHash).orElse(dummyHash);
        boolean matches = passwords.matches(password, hash);
        if (found.isEmpty() || !matches) {
            accountFailures.record(account);
            addressFailures.record(clientAddress);
            throw new ErrorResponseException(
                    HttpStatus.UNAUTHORIZED,
                    ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Invalid credentials"),
                    null);
        }
        UserDirectory.Credentials user = found.get();
        return sessions.start(user.userId(), user.role());
    }
}
