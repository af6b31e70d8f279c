package com.musicplayer.user.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The first admin, created at start-up when there is none ({@code MUSICPLAYER_ADMIN_EMAIL},
 * {@code MUSICPLAYER_ADMIN_PASSWORD}). Without a password one is generated and kept in
 * {@code <data-dir>/admin-password.txt}, readable only by its owner.
 */
@Validated
@ConfigurationProperties("musicplayer.admin")
record AdminProperties(
        @DefaultValue("admin@musicplayer.local") @NotBlank @Email @Size(max = 255)
        String email,

        @PasswordBytes String password,
        @DefaultValue("admin") @NotBlank @Size(max = 255) String username) {}
