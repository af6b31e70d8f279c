package com.musicplayer.subsonic.playlist;

import com.musicplayer.subsonic.api.SubsonicError;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The library's refusals in Subsonic's codes where the controller's general mapping (404 → 70, any
 * other 4xx → 0) is not the spec's: someone else's playlist, readable but not writable (403), is 50;
 * a value the library refuses as it stands (422: unknown songs, a position past the end) is the code
 * the caller names.
 */
final class LibraryErrors {

    private LibraryErrors() {}

    static <T> T translated(int unprocessable, String what, Supplier<T> write) {
        try {
            return write.get();
        } catch (ErrorResponseException refused) {
            int status = refused.getStatusCode().value();
            if (status == HttpStatus.FORBIDDEN.value()) {
                throw SubsonicError.notAuthorized("change a playlist of someone else");
            }
            if (status == HttpStatus.UNPROCESSABLE_CONTENT.value()) {
                throw new SubsonicError(unprocessable, what);
            }
            throw refused;
        }
    }
}
