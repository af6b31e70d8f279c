package com.musicplayer.subsonic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A Subsonic client for the tests: signs each call in with one of the three styles. */
final class Subsonic {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    enum Style {
        API_KEY,
        TOKEN,
        PASSWORD,
        ENC_PASSWORD
    }

    record Reply(int status, String contentType, byte[] bytes, java.net.http.HttpHeaders headers) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(text()).get("subsonic-response");
        }

        boolean ok() {
            return "ok".equals(json().get("status").asText());
        }

        int errorCode() {
            return json().get("error").get("code").asInt();
        }
    }

    private final int port;
    private final String username;
    private final String key;
    private final Style style;

    Subsonic(int port, String username, String key, Style style) {
        this.port = port;
        this.username = username;
        this.key = key;
        this.style = style;
    }

    Subsonic as(Style other) {
        return new Subsonic(port, username, key, other);
    }

    /** Credentials for this client's style, as query parameters (each already encoded). */
    List<String> credentials() {
        List<String> params = new ArrayList<>();
        switch (style) {
            case API_KEY -> params.add("apiKey=" + enc(key));
            case TOKEN -> {
                String salt = "s+/=" + System.nanoTime();
                params.add("u=" + enc(username));
                params.add("t=" + md5(key + salt));
                params.add("s=" + enc(salt));
            }
            case PASSWORD -> {
                params.add("u=" + enc(username));
                params.add("p=" + enc(key));
            }
            case ENC_PASSWORD -> {
                params.add("u=" + enc(username));
                params.add("p=enc:" + HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8)));
            }
        }
        params.add("v=1.16.1");
        params.add("c=tests");
        return params;
    }

    /** GET /rest/{method}.view with JSON answers; params are name, value pairs. */
    Reply json(String method, String... params) {
        return get(method + ".view", with(params, "f", "json"));
    }

    Reply xml(String method, String... params) {
        return get(method, params);
    }

    Reply get(String path, String... params) {
        List<String> query = credentials();
        for (int i = 0; i < params.length; i += 2) {
            if (params[i].equals("c")) {
                query.remove("c=tests");
            }
        }
        for (int i = 0; i < params.length; i += 2) {
            query.add(enc(params[i]) + "=" + enc(params[i + 1]));
        }
        return raw("GET", "/rest/" + path + "?" + String.join("&", query), null, null);
    }

    /** The same call as a form POST: every parameter, credentials included, in the body. */
    Reply post(String method, String... params) {
        List<String> form = credentials();
        for (int i = 0; i < params.length; i += 2) {
            form.add(enc(params[i]) + "=" + enc(params[i + 1]));
        }
        return raw("POST", "/rest/" + method, String.join("&", form), null);
    }

    Reply raw(String httpMethod, String pathAndQuery, String formBody, String range) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        if (range != null) {
            request.header("Range", range);
        }
        if (formBody != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
            request.method(httpMethod, HttpRequest.BodyPublishers.ofString(formBody));
        } else {
            request.method(httpMethod, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    static String[] with(String[] params, String... more) {
        String[] all = new String[params.length + more.length];
        System.arraycopy(params, 0, all, 0, params.length);
        System.arraycopy(more, 0, all, params.length, more.length);
        return all;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String md5(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
