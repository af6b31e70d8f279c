package com.musicplayer.platform.web;

import jakarta.validation.Validator;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Problem+json for every failure, whether it happens in a controller or before one. */
@AutoConfiguration
@AutoConfigureBefore(ErrorMvcAutoConfiguration.class)
@Import({ProblemHandling.class, ProblemErrorController.class})
public class WebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemResponses problemResponses(JsonMapper jsonMapper) {
        return new ProblemResponses(jsonMapper);
    }

    /** List totals shared for {@code musicplayer.catalog.count-cache} (2 s; 0 counts every time). */
    @Bean
    @ConditionalOnMissingBean
    CachedCounts cachedCounts(@Value("${musicplayer.catalog.count-cache:2s}") Duration countsFor) {
        return new CachedCounts(countsFor);
    }

    /** {@link PageParams} and the catalog filter bound without Spring's per-request reflection. */
    @Bean
    WebMvcConfigurer queryObjects(ObjectProvider<Validator> validators) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                Validator validator = validators.getObject();
                resolvers.add(new QueryObjects(
                        validator instanceof SmartValidator smart ? smart : new SpringValidatorAdapter(validator)));
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            @Value("${musicplayer.limits.max-body-size:1MB}") DataSize maxBodySize, ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimit(maxBodySize, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
