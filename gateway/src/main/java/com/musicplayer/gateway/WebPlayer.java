package com.musicplayer.gateway;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Everything the routes do not claim is the web player: the files of its build ({@code web/dist}, or
 * {@code static/} on the class path when a jar carries them), with the single-page app's
 * {@code index.html} for any other page a browser asks for ({@link SinglePageResolver}). Vite names
 * the files under {@code assets/} by their content, so they are cached for a year; {@code index.html}
 * is revalidated on every load so that a new build shows at once.
 */
@Configuration(proxyBeanMethods = false)
class WebPlayer implements WebMvcConfigurer {

    private final String[] locations;

    WebPlayer(GatewayProperties properties) {
        String dir = Path.of(properties.webDir())
                .toAbsolutePath()
                .normalize()
                .toUri()
                .toString();
        this.locations = new String[] {dir.endsWith("/") ? dir : dir + "/", "classpath:/static/"};
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // a resource handler never serves the empty path: "/" is the app's index.html
        registry.addViewController("/").setViewName("forward:/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(withSuffix("assets/"))
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations(locations)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(false)
                .addResolver(new SinglePageResolver());
    }

    private String[] withSuffix(String suffix) {
        String[] result = new String[locations.length];
        for (int i = 0; i < locations.length; i++) {
            result[i] = locations[i] + suffix;
        }
        return result;
    }
}
