package com.musicplayer.catalog;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * A service that has this module on its class path gets its beans, entities and repositories: the
 * package joins the auto-configuration packages that JPA scans.
 */
@AutoConfiguration
@AutoConfigurationPackage
@ComponentScan(
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class))
public class CatalogAutoConfiguration {}
