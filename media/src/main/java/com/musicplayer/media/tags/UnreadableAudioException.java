package com.musicplayer.media.tags;

import java.nio.file.Path;

/**
 * A file the tag reader cannot take, with the path for the log and a {@link #reason()} without it
 * for a client that never saw the path. The two kinds say what a client does about it.
 */
public abstract class UnreadableAudioException extends RuntimeException {

    private final transient Path file;
    private final String reason;

    protected UnreadableAudioException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
