package com.musicplayer.user.account;

import com.musicplayer.platform.web.ConflictException;
import com.musicplayer.platform.web.NotFoundException;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of accounts: unique usernames and emails, hashed passwords, at least one admin. */
@Service
class UserService {

    private final UserRepository users;
    private final PasswordEncoder passwords;

    UserService(UserRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    @Transactional
    User register(UserRequests.Register request, Role role) {
        String email = normalizeEmail(request.email());
        requireFreeUsername(request.username());
        requireFreeEmail(email);
        User user = new User(
                request.username(),
                email,
                passwords.encode(request.password()),
                request.firstName().trim(),
                request.lastName() == null ? null : request.lastName().trim(),
                role);
        return users.saveAndFlush(user);
    }

    @Transactional(readOnly = true)
    User get(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    @Transactional
    User update(long id, UserRequests.Update request) {
        User user = get(id);
        if (request.username() != null && !request.username().equals(user.getUsername())) {
            if (!request.username().equalsIgnoreCase(user.getUsername())) {
                requireFreeUsername(request.username());
            }
            user.setUsername(request.username());
        }
        if (request.email() != null) {
            String email = normalizeEmail(request.email());
            if (!email.equals(user.getEmail())) {
                requireFreeEmail(email);
                user.setEmail(email);
            }
        }
        if (request.password() != null) {
            user.setPasswordHash(passwords.encode(request.password()));
        }
        if (request.firstName() != null) {
            user.setFirstName(request.firstName().trim());
        }
        if (request.lastName() != null) {
            user.setLastName(request.lastName().trim());
        }
        if (request.role() != null && request.role() != user.getRole()) {
            if (user.getRole() == Role.ADMIN) {
                requireAnotherAdmin();
            }
            user.setRole(request.role());
        }
        return users.saveAndFlush(user);
    }

    @Transactional
    void delete(long id) {
        User user = get(id);
        if (user.getRole() == Role.ADMIN) {
            requireAnotherAdmin();
        }
        users.delete(user);
    }

    private void requireAnotherAdmin() {
        if (users.countByRole(Role.ADMIN) <= 1) {
            throw new ConflictException("The last admin cannot be removed or demoted");
        }
    }

    private void requireFreeUsername(String username) {
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new ConflictException("Username is already taken");
        }
    }

    private void requireFreeEmail(String email) {
        if (users.existsByEmail(email)) {
            throw new ConflictException("Email is already registered");
        }
    }
}
