package com.musicplayer.auth.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * A key as its owner sees it: never the secret, except in the answer to its creation ({@code key}).
 */
@NamedInterface("api")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyView(long id, String name, String keyPrefix, String key, Instant createdAt, Instant lastUsedAt) {}
