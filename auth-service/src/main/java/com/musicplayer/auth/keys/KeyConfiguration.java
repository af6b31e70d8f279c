package com.musicplayer.auth.keys;

import com.musicplayer.auth.AuthProperties;
import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.security.SecurityProperties;
import com.musicplayer.platform.security.TokenRevocation;
import com.musicplayer.platform.security.TokenValidation;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

    @Bean
    RSAKey signingKey(AuthProperties properties, DataDirectoryProperties storage) {
        return SigningKeys.load(properties.privateKeyLocation(), storage.dataDir());
    }

    @Bean
    JWKSet publicKeys(RSAKey signingKey) {
        return new JWKSet(signingKey.toPublicJWK());
    }

    @Bean
    JwtEncoder jwtEncoder(RSAKey signingKey) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey)));
    }

    /** auth-service verifies its own tokens with its own public key: no JWKS round trip to itself. */
    @Bean
    JwtDecoder jwtDecoder(RSAKey signingKey, SecurityProperties security, TokenRevocation revocation)
            throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        return TokenValidation.configure(decoder, security, revocation);
    }
}
