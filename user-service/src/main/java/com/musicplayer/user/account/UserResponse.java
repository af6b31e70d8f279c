package com.musicplayer.user.account;

import java.time.Instant;

/** A user as the API shows them: never a password hash; the email only to the user themself or an admin. */
record UserResponse(
        long id,
        String username,
        String email,
        String firstName,
        String lastName,
        Role role,
        Instant createdAt,
        Instant updatedAt) {

    static UserResponse from(User user, boolean showEmail) {
        return new UserResponse(
                user.getId(),
                user.getUsername(),
                showEmail ? user.getEmail() : null,
                user.getFirstName(),
                user.getLastName(),
                user.getRole(),
                user.getCreatedAt(),
                user.getUpdatedAt());
    }
}
