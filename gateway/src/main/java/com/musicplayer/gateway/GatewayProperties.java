package com.musicplayer.gateway;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where each service lives ({@code MUSICPLAYER_GATEWAY_AUTH_URL}, … — so compose or Kubernetes can
 * point the gateway anywhere), where the built web player is, and which other origins may call the
 * API from a browser.
 *
 * @param webDir the web player's build ({@code web/dist}); a relative path is taken from the working
 *     directory
 * @param corsAllowedOrigins origins allowed to call through the gateway from a browser; empty (the
 *     default) turns CORS off: the web player is served from this origin and needs none
 */
@Validated
@ConfigurationProperties("musicplayer.gateway")
public record GatewayProperties(
        @NotNull URI authUrl,
        @NotNull URI userUrl,
        @NotNull URI albumUrl,
        @NotNull URI songUrl,
        @NotNull URI mediaUrl,
        @NotNull URI playlistUrl,
        @NotNull URI subsonicUrl,
        @NotNull String webDir,
        List<String> corsAllowedOrigins) {

    public GatewayProperties {
        corsAllowedOrigins = corsAllowedOrigins == null
                ? List.of()
                : corsAllowedOrigins.stream()
                        .map(String::trim)
                        .filter(origin -> !origin.isEmpty())
                        .toList();
    }
}
