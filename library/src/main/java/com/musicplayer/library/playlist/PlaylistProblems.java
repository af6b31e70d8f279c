package com.musicplayer.library.playlist;

import com.musicplayer.platform.web.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The playlist rules' refusals, as problem details (platform's advice sends them as they are). */
final class PlaylistProblems {

    private PlaylistProblems() {}

    /** Someone else's public playlist: readable, not writable. */
    static ErrorResponseException notYours(long id) {
        return problem(
                HttpStatus.FORBIDDEN, "Playlist " + id + " belongs to someone else: you may read it, not change it");
    }

    /** The client's {@code If-Match} names a version that is no longer the playlist's. */
    static ErrorResponseException stale(long id, int current) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.PRECONDITION_FAILED,
                "Playlist " + id + " changed since you read it (now version " + current + "); read it again");
        problem.setProperty("version", current);
        return new ErrorResponseException(HttpStatus.PRECONDITION_FAILED, problem, null);
    }

    /** The playlist would grow past the cap. */
    static ErrorResponseException full(long id, int count, int adding) {
        return problem(
                HttpStatus.CONFLICT,
                "Playlist " + id + " has " + count + " songs; adding " + adding + " would pass the limit of "
                        + Playlists.MAX_ENTRIES);
    }

    /** A body value that does not fit the playlist as it is now (a position past the end, unknown songs). */
    static ErrorResponseException invalid(String field, String msg) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "Request body failed validation");
        problem.setProperty("errors", List.of(new FieldError(List.of("body", field), msg, "value_error")));
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
