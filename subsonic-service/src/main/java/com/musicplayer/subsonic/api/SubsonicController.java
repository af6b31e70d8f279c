package com.musicplayer.subsonic.api;

import com.musicplayer.auth.apikey.ApiKeys;
import com.musicplayer.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every Subsonic method at {@code /rest/{name}} and {@code /rest/{name}.view}, GET or form POST: signs
 * the caller in (except public methods), runs the method, and answers {@code subsonic-response} in
 * XML (default), JSON ({@code f=json}) or JSONP ({@code f=jsonp&callback=}). Failures are HTTP 200
 * with {@code status="failed"} and the spec's code; a module's 404 is 70, its other 4xx answers 0.
 */
@RestController
@Hidden
class SubsonicController {

    static final String API_VERSION = "1.16.1";
    static final String SERVER_TYPE = "musicplayer";
    static final String SERVER_VERSION = "0.1.0";
    private static final Logger log = LoggerFactory.getLogger(SubsonicController.class);

    private final Map<String, Endpoint> endpoints = new HashMap<>();
    private final Set<String> publicEndpoints = new HashSet<>();
    private final SubsonicAuth auth;
    private final SubsonicProperties properties;

    SubsonicController(List<Endpoints> features, SubsonicAuth auth, SubsonicProperties properties) {
        this.auth = auth;
        this.properties = properties;
        Endpoints.Registry registry = new Endpoints.Registry() {
            @Override
            public void add(String name, Endpoint endpoint) {
                if (endpoints.put(name.toLowerCase(java.util.Locale.ROOT), endpoint) != null) {
                    throw new IllegalStateException("Two Subsonic endpoints named " + name);
                }
            }

            @Override
            public void addPublic(String name, Endpoint endpoint) {
                add(name, endpoint);
                publicEndpoints.add(name.toLowerCase(java.util.Locale.ROOT));
            }
        };
        features.forEach(feature -> feature.register(registry));
    }

    @RequestMapping(
            path = "/rest/{name}",
            method = {RequestMethod.GET, RequestMethod.POST})
    void handle(@PathVariable String name, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String method = name.endsWith(".view") ? name.substring(0, name.length() - 5) : name;
        String key = method.toLowerCase(java.util.Locale.ROOT);
        boolean openSubsonic = !properties.isLegacy(request.getParameter("c"));
        Element body;
        Call call = null;
        try {
            Endpoint endpoint = endpoints.get(key);
            ApiKeys.Authenticated user = publicEndpoints.contains(key) ? null : auth.authenticate(request);
            if (endpoint == null) {
                throw new SubsonicError(SubsonicError.NOT_FOUND, "Unknown method: " + method);
            }
            call = new Call(request, response, user);
            body = endpoint.handle(call);
            if (call.written()) {
                return;
            }
            write(ok(body), openSubsonic, request, response);
        } catch (SubsonicError error) {
            fail(error.code(), error.getMessage(), call, openSubsonic, request, response);
        } catch (NotFoundException notFound) {
            fail(SubsonicError.NOT_FOUND, detail(notFound), call, openSubsonic, request, response);
        } catch (ErrorResponseException refused) {
            if (refused.getStatusCode().is5xxServerError()) {
                throw refused;
            }
            int code = refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()
                    ? SubsonicError.NOT_FOUND
                    : SubsonicError.GENERIC;
            fail(code, detail(refused), call, openSubsonic, request, response);
        }
    }

    private void fail(
            int code,
            String message,
            Call call,
            boolean openSubsonic,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (call != null && call.written()) {
            if (response.isCommitted()) {
                log.debug("Subsonic call failed after its response began: {} {}", code, message);
                return;
            }
            response.reset();
        }
        Element root = root("failed");
        root.child(Element.of("error").attr("code", code).attr("message", message));
        write(root, openSubsonic, request, response);
    }

    private static String detail(ErrorResponseException ex) {
        String detail = ex.getBody().getDetail();
        return detail == null ? ex.getStatusCode().toString() : detail;
    }

    private static Element ok(Element body) {
        Element root = root("ok");
        if (body != null && body.isFragment()) {
            body.children.forEach((name, items) -> {
                if (Boolean.TRUE.equals(body.lists.get(name))) {
                    root.list(name, items);
                } else {
                    items.forEach(root::child);
                }
            });
        } else if (body != null) {
            root.child(body);
        }
        return root;
    }

    static Element root(String status) {
        return Element.of("subsonic-response")
                .attr("status", status)
                .attr("version", API_VERSION)
                .os("type", SERVER_TYPE)
                .os("serverVersion", SERVER_VERSION)
                .os("openSubsonic", true);
    }

    private static void write(
            Element root, boolean openSubsonic, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String format = request.getParameter("f");
        response.setStatus(HttpStatus.OK.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if ("json".equalsIgnoreCase(format) || "jsonp".equalsIgnoreCase(format)) {
            String callback = "jsonp".equalsIgnoreCase(format) ? callback(request.getParameter("callback")) : null;
            response.setContentType(
                    callback == null ? "application/json;charset=UTF-8" : "text/javascript;charset=UTF-8");
            ResponseWriter.json(
                    root,
                    openSubsonic,
                    new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                    callback);
        } else {
            response.setContentType("text/xml;charset=UTF-8");
            ResponseWriter.xml(root, openSubsonic, response.getOutputStream());
        }
    }

    /** A JSONP callback is a JavaScript name (dots allowed), never script: else plain JSON. */
    private static String callback(String name) {
        return name != null && name.matches("[A-Za-z_$][A-Za-z0-9_$.]{0,63}") ? name : null;
    }
}
