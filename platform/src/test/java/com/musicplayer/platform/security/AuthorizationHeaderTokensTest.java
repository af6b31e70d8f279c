package com.musicplayer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class AuthorizationHeaderTokensTest {

    private final AuthorizationHeaderTokens ours = new AuthorizationHeaderTokens();
    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Test
    void answersWhatSpringSecuritysResolverAnswers() {
        List<String> headers = List.of(
                "Bearer abc.DEF-ghi_jkl~mno+pqr/stu",
                "bearer abc",
                "BEARER abc==",
                "Bearer abc=",
                "Bearer abc=d",
                "Bearer =",
                "Bearer ",
                "Bearer",
                "Bearer  abc",
                "Bearer abc ",
                "Bearer a\tb",
                "Bearer abc,def",
                "Bearer é",
                "Bearerabc",
                "Basic dXNlcjpwYXNz",
                "Token abc",
                "");
        for (String header : headers) {
            var request = new MockHttpServletRequest("GET", "/songs/1");
            request.addHeader("Authorization", header);
            Object expected = outcome(() -> spring.resolve(request));
            Object actual = outcome(() -> ours.resolve(request));
            assertThat(actual).as("Authorization: %s", header).isEqualTo(expected);
        }
        assertThat(ours.resolve(new MockHttpServletRequest("GET", "/songs"))).isNull();
    }

    private static Object outcome(java.util.function.Supplier<String> resolve) {
        Throwable thrown = catchThrowable(resolve::get);
        if (thrown instanceof OAuth2AuthenticationException refused) {
            return refused.getError().getErrorCode() + ": " + refused.getError().getDescription();
        }
        if (thrown != null) {
            return thrown.getClass().getName();
        }
        return String.valueOf(resolve.get());
    }
}
