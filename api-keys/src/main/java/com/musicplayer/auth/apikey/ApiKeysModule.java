package com.musicplayer.auth.apikey;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.NamedInterface;

/** The API-key module for a service that checks keys: {@code @Import(ApiKeysModule.class)}. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(ApiKeyProperties.class)
@NamedInterface("api")
public class ApiKeysModule {}
