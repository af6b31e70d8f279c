package com.musicplayer.library;

import com.musicplayer.catalog.CatalogModule;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.NamedInterface;

/**
 * The library module (with the catalog it builds on) for a service that uses it: {@code
 * @Import(LibraryModule.class)} on the service's application class (see {@link CatalogModule}).
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@ComponentScan
@Import(CatalogModule.class)
@NamedInterface("api")
public class LibraryModule {}
