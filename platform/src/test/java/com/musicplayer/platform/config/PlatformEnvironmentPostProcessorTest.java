package com.musicplayer.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformEnvironmentPostProcessorTest {

    StandardEnvironment environment(Map<String, Object> given) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", given));
        new PlatformEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void withNothingSetTheServicesShareAnH2FileUnderTheDataDirectory() {
        StandardEnvironment env = environment(Map.of());
        assertThat(env.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:./data/musicplayer");
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
