package com.musicplayer.subsonic.api;

import com.musicplayer.auth.apikey.ApiKeyRejected;
import com.musicplayer.auth.apikey.ApiKeys;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The three ways a player signs in (DESIGN §11), each with an API key: {@code apiKey} (the
 * OpenSubsonic extension), {@code u + t + s} (t = md5(key + s)) and {@code u + p} (the key, plain or
 * {@code enc:}hex). More than one → 43; none → 10; an {@code Authorization} header instead → 42.
 *
 * <p>The salt is read as the servlet container decodes the query or form, so a client that encodes
 * {@code + / =} (%2B %2F %3D) is read exactly. A client that sends a base64 salt raw has its {@code +}
 * turned into a space by that decoding; such a token is tried once more with the spaces as {@code +}.
 */
@Component
class SubsonicAuth {

    private final ApiKeys keys;

    SubsonicAuth(ApiKeys keys) {
        this.keys = keys;
    }

    ApiKeys.Authenticated authenticate(HttpServletRequest request) {
        String apiKey = present(request.getParameter("apiKey"));
        String user = present(request.getParameter("u"));
        String token = present(request.getParameter("t"));
        String salt = request.getParameter("s");
        String password = present(request.getParameter("p"));
        String address = request.getRemoteAddr();
        if (apiKey != null && (user != null || token != null || password != null)) {
            throw new SubsonicError(
                    SubsonicError.CONFLICTING_AUTH, "Multiple conflicting authentication mechanisms provided");
        }
        if (token != null && password != null) {
            throw new SubsonicError(
                    SubsonicError.CONFLICTING_AUTH, "Multiple conflicting authentication mechanisms provided");
        }
        try {
            if (apiKey != null) {
                return keys.byApiKey(apiKey, address);
            }
            if (user == null) {
                if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
                    throw new SubsonicError(
                            SubsonicError.AUTH_MECHANISM_NOT_SUPPORTED,
                            "Provided authentication mechanism not supported: use apiKey, or u with t and s, or p");
                }
                throw SubsonicError.missing("u or apiKey");
            }
            if (token != null) {
                if (salt == null || salt.isEmpty()) {
                    throw SubsonicError.missing("s");
                }
                return byToken(user, token, salt, address);
            }
            if (password != null) {
                return keys.byPassword(user, password, address);
            }
            throw SubsonicError.missing("t and s, or p");
        } catch (ApiKeyRejected rejected) {
            throw switch (rejected.reason()) {
                case INVALID_API_KEY -> new SubsonicError(SubsonicError.INVALID_API_KEY, "Invalid API key");
                case WRONG_CREDENTIALS ->
                    new SubsonicError(SubsonicError.WRONG_CREDENTIALS, "Wrong username or password");
                case TOO_MANY_ATTEMPTS -> new SubsonicError(SubsonicError.WRONG_CREDENTIALS, rejected.getMessage());
            };
        }
    }

    private ApiKeys.Authenticated byToken(String user, String token, String salt, String address) {
        try {
            return keys.byToken(user, token, salt, address);
        } catch (ApiKeyRejected rejected) {
            if (rejected.reason() != ApiKeyRejected.Reason.WRONG_CREDENTIALS || salt.indexOf(' ') < 0) {
                throw rejected;
            }
            return keys.byToken(user, token, salt.replace(' ', '+'), address);
        }
    }

    private static String present(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
