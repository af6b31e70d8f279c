package com.musicplayer.platform.openapi;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.musicplayer.platform.security.Caller;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Each service's OpenAPI document: titled after the service, with the bearer-token scheme. */
@AutoConfiguration
public class OpenApiAutoConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    /**
     * The document must name fields as the JSON does (snake_case). swagger-core reads models with its
     * own Jackson 2 mapper, which knows nothing of the services' Jackson 3 settings.
     */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI musicPlayerOpenApi(Environment environment) {
        // Spring's own setting, which every service sets (MusicPlayerApplication): not ours to bind
        String name = environment.getProperty("spring.application.name", "musicplayer");
        return new OpenAPI()
                .info(new Info()
                        .title("MusicPlayer " + name)
                        .version("0.1.0")
                        .description("See DESIGN.md §5 for access rules."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
