package com.musicplayer.platform.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param bcryptCost bcrypt's work factor ({@code MUSICPLAYER_PASSWORD_BCRYPT_COST}): 10 at least (DESIGN §4) */
@Validated
@ConfigurationProperties("musicplayer.password")
public record PasswordProperties(
        @DefaultValue("10") @Min(10) @Max(31) int bcryptCost) {}
