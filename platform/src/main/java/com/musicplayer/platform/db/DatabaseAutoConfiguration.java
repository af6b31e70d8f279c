package com.musicplayer.platform.db;

import com.musicplayer.platform.config.DataDirectoryProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The database wiring every service shares, and the data directory the embedded database lives in. */
@AutoConfiguration
@EnableConfigurationProperties(DataDirectoryProperties.class)
public class DatabaseAutoConfiguration {

    @Bean
    VendorPlaceholders vendorPlaceholders() {
        return new VendorPlaceholders();
    }
}
