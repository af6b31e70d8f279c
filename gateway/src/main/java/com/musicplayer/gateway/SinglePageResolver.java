package com.musicplayer.gateway;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * A file of the build when there is one; otherwise, for a page a browser navigates to ({@code GET}
 * accepting {@code text/html}, e.g. a reload on {@code /albums-view/12}), the app's {@code index.html}
 * — its router draws the page. Anything else that is missing (an image, a script) stays a 404. With no
 * build at all, the page says how to make one: the API works regardless.
 */
class SinglePageResolver extends PathResourceResolver {

    static final String NOT_BUILT = """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>MusicPlayer — web player not built</title>
            <style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}
            code{background:#eee;padding:.1em .3em;border-radius:3px}</style></head>
            <body>
            <h1>The web player is not built</h1>
            <p>The MusicPlayer API is running behind this gateway, but the web player has not been built
            on this machine. Building it needs <strong>Node.js 20.19 or newer</strong> (with npm).</p>
            <p>From the repository root run <code>make web</code> (or restart with <code>make run</code>,
            which builds it when Node.js is present), then reload this page.</p>
            <p>Meanwhile every service's API answers here, e.g. <a href="/albums">/albums</a>, and
            <a href="/docs">/docs</a> documents all of it.</p>
            </body>
            </html>
            """;

    private static final Resource NOT_BUILT_PAGE = new ByteArrayResource(NOT_BUILT.getBytes(StandardCharsets.UTF_8)) {
        @Override
        public String getFilename() {
            return "not-built.html";
        }

        @Override
        public long lastModified() {
            return -1; // none: the page goes as soon as a build is there
        }
    };

    @Override
    protected Resource resolveResourceInternal(
            HttpServletRequest request,
            String requestPath,
            List<? extends Resource> locations,
            ResourceResolverChain chain) {
        Resource file = super.resolveResourceInternal(request, requestPath, locations, chain);
        if (file != null || request == null || !isPageNavigation(request, requestPath)) {
            return file;
        }
        Resource index = super.resolveResourceInternal(request, "index.html", locations, chain);
        return index != null ? index : NOT_BUILT_PAGE;
    }

    private static boolean isPageNavigation(HttpServletRequest request, String requestPath) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        if (requestPath.isEmpty() || requestPath.equals("index.html")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype);
        } catch (InvalidMediaTypeException ex) {
            return false;
        }
    }
}
