/**
 * The listener's own music: likes, plays, playlists and the play queue. This module is
 * the only writer of those tables (DESIGN §1) and reads the catalog only through its API.
 */
@ApplicationModule(displayName = "Library")
package com.musicplayer.library;

import org.springframework.modulith.ApplicationModule;
