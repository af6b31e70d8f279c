package com.musicplayer.gateway;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The routing table of DESIGN §12, one route per service, tried in this order: media's paths under
 * {@code /songs/*} come before song-service's {@code /songs/**}. A pattern {@code /x/**} also matches
 * {@code /x}. Bodies stream both ways (a 1 GB upload or a whole album's audio is never held in memory);
 * a service that does not answer is a 503 problem ({@link DownstreamUnavailable}).
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> apiRoutes(GatewayProperties services) {
        return to(
                        "media-service",
                        services.mediaUrl(),
                        paths(
                                "/songs/*/stream",
                                "/songs/*/stream-url",
                                "/songs/*/download",
                                "/library/**",
                                "/uploads/**",
                                "/artwork/**"))
                .and(to("auth-service", services.authUrl(), paths("/auth/**", "/.well-known/**")))
                .and(to("user-service", services.userUrl(), paths("/users/**")))
                .and(to("album-service", services.albumUrl(), paths("/albums/**", "/artists/**", "/search")))
                .and(to("song-service", services.songUrl(), paths("/songs/**", "/me/plays", "/me/now-playing")))
                .and(to("playlist-service", services.playlistUrl(), paths("/playlists/**", "/me/queue")))
                .and(to("subsonic-service", services.subsonicUrl(), paths("/rest/**")))
                .and(docs("auth-service", services.authUrl()))
                .and(docs("user-service", services.userUrl()))
                .and(docs("album-service", services.albumUrl()))
                .and(docs("song-service", services.songUrl()))
                .and(docs("media-service", services.mediaUrl()))
                .and(docs("playlist-service", services.playlistUrl()))
                .and(docs("subsonic-service", services.subsonicUrl()));
    }

    /** A service's OpenAPI document at {@code /docs/<service>/openapi.json}, for the Swagger UI at /docs. */
    private static RouterFunction<ServerResponse> docs(String service, URI baseUrl) {
        return route(service + "-docs")
                .GET("/docs/" + service + "/openapi.json", http())
                .before(uri(baseUrl))
                .before(setPath("/openapi.json"))
                .onError(DownstreamUnavailable::matches, (error, request) -> DownstreamUnavailable.problem(service))
                .build();
    }

    private static RouterFunction<ServerResponse> to(String service, URI baseUrl, RequestPredicate paths) {
        return route(service)
                .route(paths, http())
                .before(uri(baseUrl))
                .onError(DownstreamUnavailable::matches, (error, request) -> DownstreamUnavailable.problem(service))
                .build();
    }

    private static RequestPredicate paths(String... patterns) {
        return Arrays.stream(patterns)
                .map(pattern -> path(pattern))
                .reduce(RequestPredicate::or)
                .orElseThrow();
    }
}
