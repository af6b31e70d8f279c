/** Part of the media module's API (what services and tests may use of it). */
@NamedInterface("tags")
package com.musicplayer.media.tags;

import org.springframework.modulith.NamedInterface;
