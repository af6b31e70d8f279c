/**
 * The music library (DESIGN §8): folder scans and uploads, audio storage (the local file system or
 * S3), artwork, and reading tags. The only writer of {@code media_files}, {@code artwork},
 * {@code scans} and {@code uploads}; songs, albums and lyrics are written through the catalog's
 * {@code CatalogImport}. Services use the types marked {@code @NamedInterface("api")}.
 */
@ApplicationModule(displayName = "Media")
package com.musicplayer.media;

import org.springframework.modulith.ApplicationModule;
