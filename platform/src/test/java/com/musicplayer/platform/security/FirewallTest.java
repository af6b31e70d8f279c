package com.musicplayer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class FirewallTest {

    @Test
    void acceptsExactlyWhatSpringSecurityDefaultsAccept() {
        // every code point, alone and between ordinary characters
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp > 0x3000 && cp % 31 != 0) {
                continue; // past the alphabets, punctuation and controls a sample is enough
            }
            String alone = new String(Character.toChars(cp));
            String inside = "Bearer a" + alone + "b";
            for (String value : new String[] {alone, inside}) {
                assertThat(Firewall.HEADER_VALUE.test(value))
                        .as("header value U+%04X", cp)
                        .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(value));
                assertThat(Firewall.ASSIGNED_AND_NOT_CONTROL.test(value))
                        .as("header name U+%04X", cp)
                        .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(value));
            }
        }
        String lonelySurrogate = "x\ud800y";
        assertThat(Firewall.HEADER_VALUE.test(lonelySurrogate))
                .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(lonelySurrogate));
    }

    @Test
    void refusesControlCharactersInHeadersAndParameterNames() {
        var firewall = Firewall.strict();

        var request = new MockHttpServletRequest("GET", "/songs");
        request.addHeader("Authorization", "Bearer abc\u0000def");
        request.addHeader("X-Fine", "tab\tis fine, é too");
        var checked = firewall.getFirewalledRequest(request);
        assertThat(checked.getHeader("X-Fine")).isEqualTo("tab\tis fine, é too");
        assertThatThrownBy(() -> checked.getHeader("Authorization")).isInstanceOf(RequestRejectedException.class);

        var withParameter = new MockHttpServletRequest("GET", "/songs");
        withParameter.addParameter("q\u0007", "x");
        var checkedParameter = firewall.getFirewalledRequest(withParameter);
        assertThatThrownBy(checkedParameter::getParameterMap).isInstanceOf(RequestRejectedException.class);
    }
}
