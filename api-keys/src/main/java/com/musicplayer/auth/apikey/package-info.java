/**
 * API keys (DESIGN §11): per-device secrets a Subsonic player signs in with. auth-service creates,
 * lists and revokes them; subsonic-service checks them in-process through {@link
 * com.musicplayer.auth.apikey.ApiKeys}. This package is the only writer of {@code api_keys}.
 */
package com.musicplayer.auth.apikey;
