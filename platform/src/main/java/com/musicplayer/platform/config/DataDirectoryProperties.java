package com.musicplayer.platform.config;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param dataDir where a service keeps its files: the embedded H2 database, the generated signing key
 *     and admin password ({@code MUSICPLAYER_DATA_DIR}, default {@code ./data}); always absolute, as
 *     {@link PlatformEnvironmentPostProcessor} resolves it against the working directory at start-up
 */
@Validated
@ConfigurationProperties("musicplayer")
public record DataDirectoryProperties(@NotNull Path dataDir) {}
