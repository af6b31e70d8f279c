/**
 * The catalog: artists, albums, their track order ({@code album_songs}) and songs. This module is
 * the only writer of those tables (DESIGN §1); services and other modules use it through the types
 * marked {@code @NamedInterface("api")} — everything else is internal, and the boundary test in
 * {@code system} fails the build when another module reaches past them.
 */
@ApplicationModule(displayName = "Catalog")
package com.musicplayer.catalog;

import org.springframework.modulith.ApplicationModule;
