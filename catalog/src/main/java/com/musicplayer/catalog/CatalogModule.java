package com.musicplayer.catalog;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.NamedInterface;

/**
 * The catalog module for a service that uses it: {@code @Import(CatalogModule.class)} on the
 * service's application class brings its beans, and its package joins those JPA scans for entities
 * and repositories. Imported explicitly rather than auto-configured, so that in {@code make run}
 * (every service in one JVM, on one class path) each service gets only the modules it uses.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@ComponentScan
@NamedInterface("api")
public class CatalogModule {}
