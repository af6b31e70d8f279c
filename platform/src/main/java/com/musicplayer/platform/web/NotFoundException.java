package com.musicplayer.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A resource that does not exist: 404 with a detail naming what was looked for. */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String resource, Object id) {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, resource + " " + id + " not found"),
                null);
    }
}
