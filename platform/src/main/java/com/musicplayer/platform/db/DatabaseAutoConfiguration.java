package com.musicplayer.platform.db;

import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.web.CachedCounts;
import com.musicplayer.platform.web.WebAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The database wiring every service shares, and the data directory the embedded database lives in. */
@AutoConfiguration(after = {JdbcTemplateAutoConfiguration.class, WebAutoConfiguration.class})
@EnableConfigurationProperties(DataDirectoryProperties.class)
public class DatabaseAutoConfiguration {

    @Bean
    VendorPlaceholders vendorPlaceholders() {
        return new VendorPlaceholders();
    }

    @Bean
    PlannerStatistics plannerStatistics(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return new PlannerStatistics(jdbc);
    }

    @Bean
    SqlLists sqlLists(org.springframework.jdbc.core.JdbcTemplate jdbc, CachedCounts counts) {
        return new SqlLists(jdbc, counts);
    }
}
