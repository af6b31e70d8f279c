package com.musicplayer.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.security.PasswordProperties;
import com.musicplayer.platform.security.SecurityProperties;
import com.musicplayer.platform.web.CountCacheProperties;
import com.musicplayer.platform.web.LimitsProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A setting that cannot work stops the service at start-up, naming the setting, instead of misbehaving later. */
class ValidatedPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({
        SecurityProperties.class,
        PasswordProperties.class,
        LimitsProperties.class,
        CountCacheProperties.class,
        DataDirectoryProperties.class
    })
    static class Settings {}

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class)
            .withPropertyValues(
                    "musicplayer.security.issuer=musicplayer-auth",
                    "musicplayer.security.audience=musicplayer",
                    "musicplayer.security.jwks-url=http://localhost:8000/.well-known/jwks.json",
                    "musicplayer.data-dir=/tmp/musicplayer");

    @ParameterizedTest
    @CsvSource({
        "musicplayer.security.revocation-cache=-1s, revocationCache",
        "musicplayer.security.jwks-read-timeout=0s, jwksReadTimeout",
        "musicplayer.security.verified-tokens=-1, verifiedTokens",
        "musicplayer.security.audience=, audience",
        "musicplayer.password.bcrypt-cost=9, bcryptCost",
        "musicplayer.limits.max-body-size=0B, max-body-size",
        "musicplayer.catalog.count-cache=-2s, countCache"
    })
    void aSettingThatCannotWorkStopsTheStart(String setting, String named) {
        context.withPropertyValues(setting).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining(named);
        });
    }

    @ParameterizedTest
    @CsvSource({"musicplayer.security.revocation-cache=0s", "musicplayer.catalog.count-cache=0s"})
    void zeroTurnsACacheOff(String setting) {
        context.withPropertyValues(setting).run(started -> assertThat(started).hasNotFailed());
    }
}
