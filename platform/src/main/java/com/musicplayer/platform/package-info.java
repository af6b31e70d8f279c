/**
 * Cross-cutting code for every service (DESIGN §1): security, errors, paging and lists, JSON,
 * OpenAPI, health, configuration, database wiring. Never domain code. An open module: every service
 * and domain module may use all of it.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package com.musicplayer.platform;

import org.springframework.modulith.ApplicationModule;
