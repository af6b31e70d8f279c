package com.musicplayer.platform.web;

import java.util.List;

/** One entry of a 422's {@code errors}, in the seed's FastAPI shape: {@code {"loc": ["body","email"], "msg", "type"}}. */
public record FieldError(List<Object> loc, String msg, String type) {}
