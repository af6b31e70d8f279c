package com.musicplayer.subsonic.api;

import java.io.IOException;

/** A Subsonic method: the element it answers with ({@code null}: an empty {@code ok}). */
@FunctionalInterface
public interface Endpoint {
    Element handle(Call call) throws IOException;
}
