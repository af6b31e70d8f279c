/**
 * The listener's own music: likes and plays now; playlists and the play queue later. This module is
 * the only writer of those tables (DESIGN §1) and reads the catalog only through its API.
 */
@ApplicationModule(displayName = "Library")
package com.musicplayer.library;

import org.springframework.modulith.ApplicationModule;
