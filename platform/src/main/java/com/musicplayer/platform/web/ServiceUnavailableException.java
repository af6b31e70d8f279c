package com.musicplayer.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A dependency (another service) cannot be reached: 503. */
public class ServiceUnavailableException extends ErrorResponseException {

    public ServiceUnavailableException(String detail, Throwable cause) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail),
                cause);
    }
}
