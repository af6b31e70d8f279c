package com.musicplayer.subsonic.api;

import com.musicplayer.auth.apikey.ApiKeys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * One Subsonic call: its parameters (query or form body, decoded by the servlet container as
 * {@code application/x-www-form-urlencoded}), who made it, and the raw exchange for the endpoints
 * that send bytes (stream, download, cover art).
 */
public final class Call {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final ApiKeys.Authenticated user;
    private boolean written;

    Call(HttpServletRequest request, HttpServletResponse response, ApiKeys.Authenticated user) {
        this.request = request;
        this.response = response;
        this.user = user;
    }

    public ApiKeys.Authenticated user() {
        return user;
    }

    public long userId() {
        return user.userId();
    }

    public String param(String name) {
        String value = request.getParameter(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public String required(String name) {
        String value = param(name);
        if (value == null) {
            throw SubsonicError.missing(name);
        }
        return value;
    }

    public List<String> values(String name) {
        String[] values = request.getParameterValues(name);
        List<String> present = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (!value.isEmpty()) {
                    present.add(value);
                }
            }
        }
        return present;
    }

    /** An integer parameter, its default when absent, clamped into [min, max]; not a number → error 0. */
    public int integer(String name, int defaultValue, int min, int max) {
        Integer value = optionalInteger(name);
        if (value == null) {
            return defaultValue;
        }
        return Math.max(min, Math.min(max, value));
    }

    public Integer optionalInteger(String name) {
        String value = param(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException ex) {
            throw SubsonicError.invalid(name, value);
        }
    }

    public boolean flag(String name, boolean defaultValue) {
        String value = param(name);
        return value == null ? defaultValue : Boolean.parseBoolean(value.trim());
    }

    public HttpServletRequest request() {
        return request;
    }

    /** The endpoint writes the response itself (audio, an image): no subsonic-response follows. */
    public HttpServletResponse rawResponse() {
        written = true;
        return response;
    }

    boolean written() {
        return written;
    }
}
