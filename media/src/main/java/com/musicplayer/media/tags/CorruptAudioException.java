package com.musicplayer.media.tags;

import java.nio.file.Path;

/**
 * The file looks like a supported format (its magic bytes say so) but cannot be read: truncated
 * headers, garbage frames (an upload maps this to 422). {@link #reason()} omits the path.
 */
public class CorruptAudioException extends UnreadableAudioException {

    public CorruptAudioException(Path file, String reason) {
        this(file, reason, null);
    }

    public CorruptAudioException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
