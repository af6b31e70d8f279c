package com.musicplayer.subsonic.api;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * subsonic-service settings ({@code musicplayer.subsonic.*}; env {@code MUSICPLAYER_SUBSONIC_…}).
 *
 * @param legacyClients client names (the {@code c} parameter, any case) that get plain Subsonic 1.16.1
 *     responses without the OpenSubsonic additions, for players that choke on unknown fields
 */
@ConfigurationProperties("musicplayer.subsonic")
public record SubsonicProperties(@DefaultValue("DSub") List<String> legacyClients) {

    boolean isLegacy(String client) {
        return client != null
                && legacyClients.stream().anyMatch(name -> name.trim().equalsIgnoreCase(client.trim()));
    }
}
