package com.musicplayer.platform.db;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The database wiring every service shares. */
@AutoConfiguration
public class DatabaseAutoConfiguration {

    @Bean
    VendorPlaceholders vendorPlaceholders() {
        return new VendorPlaceholders();
    }
}
