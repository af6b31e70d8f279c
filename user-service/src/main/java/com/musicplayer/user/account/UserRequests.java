package com.musicplayer.user.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What clients send to user-service. Unknown fields ({@code id}, {@code password_hash} …) are ignored. */
final class UserRequests {

    static final String USERNAME = "^[A-Za-z0-9_.-]{3,50}$";
    static final String USERNAME_MESSAGE = "must be 3 to 50 characters of letters, digits, '_', '.' or '-'";
    static final String NOT_BLANK = ".*\\S.*";

    private UserRequests() {}

    record Register(
            @NotNull @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE)
            String username,

            @NotBlank @Email @Size(max = 255) String email,
            @NotNull @PasswordBytes String password,
            @NotBlank @Size(max = 255) String firstName,

            @Size(max = 255) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            String lastName) {}

    /** A partial update: every absent field stays as it is. */
    record Update(
            @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE)
            String username,

            @Email @Size(max = 255) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            String email,

            @PasswordBytes String password,

            @Size(max = 255) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            String firstName,

            @Size(max = 255) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            String lastName,

            Role role) {}
}
