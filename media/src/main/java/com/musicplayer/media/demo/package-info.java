/** Part of the media module's API (what services and tests may use of it). */
@NamedInterface("demo")
package com.musicplayer.media.demo;

import org.springframework.modulith.NamedInterface;
