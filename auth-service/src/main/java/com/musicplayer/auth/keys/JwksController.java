package com.musicplayer.auth.keys;

import com.nimbusds.jose.jwk.JWKSet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "keys")
class JwksController {

    private final Map<String, Object> publicKeys;

    JwksController(JWKSet publicKeys) {
        this.publicKeys = publicKeys.toJSONObject(true);
    }

    @GetMapping("/.well-known/jwks.json")
    @Operation(summary = "The public keys that verify access tokens (RFC 7517)")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(publicKeys);
    }
}
