package com.musicplayer.subsonic.api;

/** A failed Subsonic call: HTTP 200 with {@code status="failed"} and the spec's code. */
public class SubsonicError extends RuntimeException {

    public static final int GENERIC = 0;
    public static final int MISSING_PARAMETER = 10;
    public static final int WRONG_CREDENTIALS = 40;
    public static final int TOKEN_AUTH_NOT_SUPPORTED = 41;
    public static final int AUTH_MECHANISM_NOT_SUPPORTED = 42;
    public static final int CONFLICTING_AUTH = 43;
    public static final int INVALID_API_KEY = 44;
    public static final int NOT_AUTHORIZED = 50;
    public static final int NOT_FOUND = 70;

    private final int code;

    public SubsonicError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static SubsonicError missing(String parameter) {
        return new SubsonicError(MISSING_PARAMETER, "Required parameter is missing: " + parameter);
    }

    public static SubsonicError notFound(String what) {
        return new SubsonicError(NOT_FOUND, what + " not found");
    }

    public static SubsonicError notAuthorized(String what) {
        return new SubsonicError(NOT_AUTHORIZED, "User is not authorized to " + what);
    }

    public static SubsonicError invalid(String parameter, String value) {
        return new SubsonicError(GENERIC, "Invalid value of " + parameter + ": " + value);
    }
}
