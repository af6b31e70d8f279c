package com.musicplayer.platform.security;

import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} with the same rules, checked faster. Its defaults test
 * every header name and value (and parameter name) with a regular expression of Unicode classes, on
 * each read: for a request with a bearer token that was half of what a cached read cost. These
 * predicates accept exactly the same strings — assigned characters, no control characters (a tab
 * allowed in header values) — with a plain loop that settles printable ASCII at once.
 */
public final class Firewall {

    /** The same strings as {@link StrictHttpFirewall#ALLOWED_HEADER_NAMES} and parameter names. */
    public static final Predicate<String> ASSIGNED_AND_NOT_CONTROL = value -> allowed(value, false);

    /** The same strings as {@link StrictHttpFirewall#ALLOWED_HEADER_VALUES}. */
    public static final Predicate<String> HEADER_VALUE = value -> allowed(value, true);

    private Firewall() {}

    public static StrictHttpFirewall strict() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(ASSIGNED_AND_NOT_CONTROL);
        firewall.setAllowedHeaderValues(HEADER_VALUE);
        firewall.setAllowedParameterNames(ASSIGNED_AND_NOT_CONTROL);
        return firewall;
    }

    private static boolean allowed(String value, boolean tab) {
        int length = value.length();
        for (int i = 0; i < length; ) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = value.codePointAt(i);
            boolean ok = (tab && codePoint == '\t')
                    || (Character.isDefined(codePoint) && !Character.isISOControl(codePoint));
            if (!ok) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
