package com.musicplayer.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS for browsers on other origins (a player under development, another site's client), only when
 * {@code musicplayer.gateway.cors-allowed-origins} names some; the web player itself is same-origin.
 * Requests carry bearer tokens, not cookies, so credentials stay off. A filter, in front of the routes:
 * a preflight is answered here, and the services behind never see one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${musicplayer.gateway.cors-allowed-origins:}'.isBlank()")
class Cors {

    // what a client reads from an API response: paging, created resources, ranges, tus uploads
    static final List<String> EXPOSED = List.of(
            "Location",
            "Link",
            "X-Total-Count",
            "ETag",
            "Content-Range",
            "Accept-Ranges",
            "Content-Disposition",
            "Retry-After",
            "Tus-Resumable",
            "Tus-Version",
            "Tus-Extension",
            "Tus-Max-Size",
            "Upload-Offset",
            "Upload-Length",
            "Upload-Expires",
            "Upload-Song-Id");

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(GatewayProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        properties.corsAllowedOrigins().forEach(cors::addAllowedOriginPattern);
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.addAllowedHeader(CorsConfiguration.ALL);
        cors.setExposedHeaders(EXPOSED);
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
