package com.musicplayer.auth.apikey.web;

import com.musicplayer.auth.apikey.ApiKeyView;
import com.musicplayer.auth.apikey.ApiKeys;
import com.musicplayer.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's API keys for Subsonic players (DESIGN §11). */
@RestController
@Tag(name = "api keys")
class ApiKeyController {

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    record CreateApiKeyRequest(@NotBlank @Size(max = 100) String name) {}

    @PostMapping("/auth/api-keys")
    @Operation(
            summary = "Create an API key for a Subsonic player",
            description = "201 with the key in `key`: the only time it is shown. Sign in with apiKey=<key>, or with"
                    + " u=<username> and the key as the password (t+s or p). 409 past 50 keys.")
    ResponseEntity<ApiKeyView> create(@Valid @RequestBody CreateApiKeyRequest request, Caller caller) {
        ApiKeyView created = keys.create(caller.userId(), request.name().strip());
        return ResponseEntity.created(URI.create("/auth/api-keys/" + created.id()))
                .body(created);
    }

    @GetMapping("/auth/api-keys")
    @Operation(summary = "The caller's API keys (never their secrets)")
    List<ApiKeyView> list(Caller caller) {
        return keys.list(caller.userId());
    }

    @DeleteMapping("/auth/api-keys/{id}")
    @Operation(summary = "Revoke one of the caller's API keys: it stops working at once (204; 404 if not theirs)")
    ResponseEntity<Void> revoke(@PathVariable long id, Caller caller) {
        keys.revoke(caller.userId(), id);
        return ResponseEntity.noContent().build();
    }
}
