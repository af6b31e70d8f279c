package com.musicplayer.media.tags;

import java.nio.file.Path;

/**
 * The file is not audio at all, or audio in a format the library does not play (an upload maps
 * this to 415). {@link #reason()} is the message without the path, for a client that never saw it.
 */
public class UnsupportedAudioException extends UnreadableAudioException {

    public UnsupportedAudioException(Path file, String reason) {
        this(file, reason, null);
    }

    public UnsupportedAudioException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
