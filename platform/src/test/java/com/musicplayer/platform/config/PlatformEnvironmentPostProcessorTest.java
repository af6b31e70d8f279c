package com.musicplayer.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformEnvironmentPostProcessorTest {

    static final Path WORKING_DIRECTORY = Path.of("").toAbsolutePath();

    StandardEnvironment environment(Map<String, Object> given) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", given));
        new PlatformEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void withNothingSetTheServicesShareAnH2FileUnderTheDataDirectory() {
        StandardEnvironment env = environment(Map.of());
        assertThat(env.getProperty("musicplayer.data-dir"))
                .isEqualTo(WORKING_DIRECTORY.resolve("data").toString());
        assertThat(env.getProperty("spring.datasource.url"))
                .startsWith("jdbc:h2:file:" + WORKING_DIRECTORY.resolve("data").resolve("musicplayer") + ";");
    }

    /** H2 refuses {@code jdbc:h2:file:data/musicplayer} ("implicitly relative"): make run passed just that. */
    @ParameterizedTest
    @ValueSource(strings = {"data", "./data", "../x", "data/../data/sub/.."})
    void aRelativeDataDirectoryBecomesAbsoluteAndSoDoesTheH2File(String given) {
        StandardEnvironment env = environment(Map.of("MUSICPLAYER_DATA_DIR", given));

        Path expected = WORKING_DIRECTORY.resolve(given).normalize();
        assertThat(env.getProperty("musicplayer.data-dir")).isEqualTo(expected.toString());
        assertThat(env.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:" + expected + "/musicplayer;");
    }

    @Test
    void aCommandLineDataDirectoryIsResolvedTheSameWay() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--musicplayer.data-dir=data"));
        new PlatformEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url"))
                .startsWith("jdbc:h2:file:" + WORKING_DIRECTORY.resolve("data") + "/musicplayer;");
    }

    @Test
    void anAbsoluteDataDirectoryIsKeptNormalized() {
        StandardEnvironment env = environment(Map.of("musicplayer.data-dir", "/var/lib/musicplayer/./x/.."));
        assertThat(env.getProperty("musicplayer.data-dir")).isEqualTo("/var/lib/musicplayer");
    }

    @Test
    void aBlankDataDirectoryIsRefusedWithItsName() {
        assertThatThrownBy(() -> environment(Map.of("MUSICPLAYER_DATA_DIR", " ")))
                .hasMessageContaining("MUSICPLAYER_DATA_DIR");
    }

    @Test
    void seedStyleDatabaseUrlBecomesJdbcSettings() {
        StandardEnvironment env =
                environment(Map.of("DATABASE_URL", "postgresql://music:s%40cret@db.local:5433/player"));
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.local:5433/player");
        assertThat(env.getProperty("spring.datasource.username")).isEqualTo("music");
        assertThat(env.getProperty("spring.datasource.password")).isEqualTo("s@cret");
    }

    @Test
    void mysqlDatabaseUrlUsesTheMariaDbDriverAndJdbcUrlsPassThrough() {
        assertThat(environment(Map.of("DATABASE_URL", "mysql://root@127.0.0.1:3306/test"))
                        .getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/test");
        assertThat(environment(Map.of("DATABASE_URL", "jdbc:postgresql://h/db")).getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://h/db");
    }

    @Test
    void anExplicitSpringDatasourceUrlWinsOverDatabaseUrl() {
        StandardEnvironment env =
                environment(Map.of("DATABASE_URL", "postgresql://a@b/c", "spring.datasource.url", "jdbc:h2:mem:x"));
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:x");
    }
}
