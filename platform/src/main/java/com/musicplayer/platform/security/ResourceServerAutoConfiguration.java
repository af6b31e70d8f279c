package com.musicplayer.platform.security;

import com.musicplayer.platform.web.ProblemResponses;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server: RS256 tokens from auth-service, verified locally
 * against its JWKS (fetched once, cached, refetched only for an unknown key id). No shared secret.
 */
@AutoConfiguration
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerAutoConfiguration {

    static final String[] PUBLIC_ROUTES = {
        "/health", "/health/**", "/docs", "/docs/**", "/swagger-ui/**", "/openapi.json", "/openapi.json/**", "/error"
    };

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, ObjectProvider<AccessRules> serviceRules, ProblemResponses problems) {
        var entryPoint = new ProblemAuthenticationEntryPoint(problems);
        var denied = new ProblemAccessDeniedHandler(problems);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(a -> {})
                .authorizeHttpRequests(routes -> {
                    routes.requestMatchers(PUBLIC_ROUTES).permitAll();
                    serviceRules.orderedStream().forEach(rules -> rules.configure(routes));
                    routes.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server.bearerTokenResolver(new AuthorizationHeaderTokens())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roleConverter()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied));
        return http.build();
    }

    @Bean
    @ConditionalOnMissingBean
    TokenRevocation tokenRevocation(JdbcTemplate jdbc, SecurityProperties properties) {
        return new TokenRevocation(jdbc, properties.revocationCache());
    }

    /**
     * Verifies against auth-service's JWKS, fetched with Boot's {@link RestTemplateBuilder} (Nimbus
     * takes a {@code RestOperations}, not a {@code RestClient}) and the timeouts in {@link SecurityProperties}.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(
            SecurityProperties properties, TokenRevocation revocation, RestTemplateBuilder restTemplates) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                        properties.jwksUrl().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(restTemplates
                        .connectTimeout(properties.jwksConnectTimeout())
                        .readTimeout(properties.jwksReadTimeout())
                        .build())
                .build();
        return TokenValidation.configure(decoder, properties, revocation);
    }

    /** Spring Security's strict firewall, with the same rules checked without regular expressions. */
    @Bean
    HttpFirewall httpFirewall() {
        return Firewall.strict();
    }

    /** The firewall's refusals (odd characters in a path or parameter name) are 400s, not 500s. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }

    static JwtAuthenticationConverter roleConverter() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("role");
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
