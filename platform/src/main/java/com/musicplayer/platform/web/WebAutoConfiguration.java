package com.musicplayer.platform.web;

import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionService;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.validation.Validator;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/** Problem+json for every failure, whether it happens in a controller or before one. */
@AutoConfiguration
@AutoConfigureBefore(ErrorMvcAutoConfiguration.class)
@Import({ProblemHandling.class, ProblemErrorController.class})
@EnableConfigurationProperties({LimitsProperties.class, CountCacheProperties.class})
public class WebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemResponses problemResponses(JsonMapper jsonMapper) {
        return new ProblemResponses(jsonMapper);
    }

    /** List totals shared for {@code musicplayer.catalog.count-cache} (2 s; 0 counts every time). */
    @Bean
    @ConditionalOnMissingBean
    CachedCounts cachedCounts(CountCacheProperties properties) {
        return new CachedCounts(properties.countCache());
    }

    /**
     * Query records ({@link PageParams}, filters) bound without Spring's per-request reflection, with
     * the validator and conversion service Spring MVC's own binder uses (looked up on first use: they
     * are made by the same MVC configuration that collects this resolver).
     */
    @Bean
    QueryObjects queryObjects(BeanFactory beans) {
        return new QueryObjects(
                SingletonSupplier.of(() -> beans.getBean("mvcValidator", Validator.class)),
                SingletonSupplier.of(() -> beans.getBean("mvcConversionService", ConversionService.class)));
    }

    @Bean
    WebMvcConfigurer queryObjectsResolver(QueryObjects queryObjects) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(queryObjects);
            }
        };
    }

    /** A query record that cannot bind stops the service at start-up, not on its first request. */
    @Bean
    SmartInitializingSingleton queryObjectsCheck(
            QueryObjects queryObjects, ObjectProvider<RequestMappingHandlerMapping> mappings) {
        return () -> mappings.orderedStream()
                .forEach(mapping ->
                        queryObjects.checkHandlers(mapping.getHandlerMethods().values()));
    }

    /** The OpenAPI document names query-record parameters as they are bound. */
    @Bean
    QueryObjectDocs queryObjectDocs(QueryObjects queryObjects) {
        return new QueryObjectDocs(queryObjects);
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(LimitsProperties limits, ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimit(limits, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
