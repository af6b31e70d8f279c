package com.musicplayer.platform.security;

/** The values of a token's {@code role} claim; Spring Security sees them as {@code ROLE_<name>}. */
public final class Roles {

    public static final String USER = "USER";
    public static final String ADMIN = "ADMIN";
    /** Held only by tokens auth-service mints for itself to call other services. */
    public static final String SERVICE = "SERVICE";

    private Roles() {}
}
