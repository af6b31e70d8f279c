package com.musicplayer.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class AuthPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AuthProperties.class)
    static class Settings {}

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void theDefaultsBoundALoginOnADeadUserServiceAtAboutTwoSeconds() {
        context.run(started -> {
            AuthProperties auth = started.getBean(AuthProperties.class);
            assertThat(auth.connectTimeout().plus(auth.readTimeout())).isLessThan(Duration.ofSeconds(2));
            assertThat(auth.accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
        });
    }

    /** A zero timeout means "wait for ever": a hanging user-service would hang every login. */
    @ParameterizedTest
    @CsvSource({
        "musicplayer.auth.read-timeout=0s, readTimeout",
        "musicplayer.auth.connect-timeout=0s, connectTimeout",
        "musicplayer.auth.access-token-ttl=0s, accessTokenTtl",
        "musicplayer.auth.login-failures-per-account=0, loginFailuresPerAccount"
    })
    void aSettingThatCannotWorkStopsTheStart(String setting, String named) {
        context.withPropertyValues(setting).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining(named);
        });
    }
}
