package com.musicplayer.user.account;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param registrationsPerIpPerHour registrations one client address may make per hour (then 429) */
@Validated
@ConfigurationProperties("musicplayer.users")
record UserProperties(@DefaultValue("20") @Positive int registrationsPerIpPerHour) {}
