package com.musicplayer.platform.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The seed's {@code DATABASE_URL} ({@code postgresql://user:pass@host:5432/db}, {@code mysql://…},
 * {@code mariadb://…}) as JDBC settings. A value that is already a JDBC URL passes through.
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

    public static DatabaseUrl parse(String value) {
        String url = value.trim();
        if (url.startsWith("jdbc:")) {
            return new DatabaseUrl(url, null, null);
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("DATABASE_URL is neither a JDBC URL nor scheme://user:pass@host/db");
        }
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("");
        String jdbcScheme = switch (scheme.replaceFirst("\\+.*$", "")) {
            case "postgres", "postgresql" -> "postgresql";
            case "mysql", "mariadb" -> "mariadb";
            default ->
                throw new IllegalArgumentException("DATABASE_URL scheme '" + scheme
                        + "' is not supported (use postgresql://, mysql://, mariadb:// or a jdbc: URL)");
        };
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:" + jdbcScheme + "://" + host + port
                + Optional.ofNullable(uri.getRawPath()).orElse("") + query;
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        return new DatabaseUrl(jdbc, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
