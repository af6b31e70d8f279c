package com.musicplayer.user.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin, created at start-up when there is none ({@code MUSICPLAYER_ADMIN_EMAIL},
 * {@code MUSICPLAYER_ADMIN_PASSWORD}). Without a password one is generated and kept in
 * {@code <data-dir>/admin-password.txt}, readable only by its owner.
 */
@ConfigurationProperties("musicplayer.admin")
record AdminProperties(
        @DefaultValue("admin@musicplayer.local") String email,
        String password,
        @DefaultValue("admin") String username) {}
