package com.musicplayer.platform.web;

import com.musicplayer.platform.security.RevocationUnavailableException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one mapping from failures to RFC 9457 problem details (DESIGN §3). Spring's base class covers
 * 400/404/405/406/415; this adds 422 for invalid bodies, 409 for unique keys, 503 for an unreachable
 * database, and a bare 500 that never shows what went wrong inside.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);
    private static final HttpStatus UNPROCESSABLE = HttpStatus.UNPROCESSABLE_CONTENT;

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        boolean body = isBody(ex.getParameter());
        List<FieldError> errors = fieldErrors(ex.getBindingResult(), body ? "body" : "query");
        if (!body) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid query parameters", errors);
        }
        return problem(UNPROCESSABLE, "Request body failed validation", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        boolean body = false;
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            boolean isBody = isBody(result.getMethodParameter());
            body |= isBody;
            String where = isBody ? "body" : "query";
            if (result instanceof ParameterErrors nested) {
                errors.addAll(fieldErrors(nested, where));
                continue;
            }
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> errors.add(new FieldError(
                            List.of(where, snakeCase(String.valueOf(name))),
                            error.getDefaultMessage(),
                            "value_error")));
        }
        return body
                ? problem(UNPROCESSABLE, "Request body failed validation", errors)
                : problem(HttpStatus.BAD_REQUEST, "Invalid request parameters", errors);
    }

    /** Spring's detail, without an array's Java identity when a parameter came more than once. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        Object value = ex.getValue();
        String text = value instanceof Object[] values
                ? String.join(
                        ", ",
                        java.util.Arrays.stream(values).map(String::valueOf).toList())
                : String.valueOf(value);
        String name = ex.getPropertyName() == null ? "value" : ex.getPropertyName();
        return problem(
                HttpStatus.BAD_REQUEST, "Failed to convert '" + name + "' with value: '" + text + "'", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyLimit.BodyTooLargeException) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, t.getMessage(), List.of());
            }
        }
        if (cause instanceof UnrecognizedPropertyException) {
            return problem(HttpStatus.BAD_REQUEST, "Malformed request body", List.of());
        }
        // the mismatch may wrap its own cause (a java.time parse error for a date-time field)
        MismatchedInputException mismatch = null;
        for (Throwable t = ex; t != null && mismatch == null; t = t.getCause()) {
            if (t instanceof MismatchedInputException found) {
                mismatch = found;
            }
        }
        if (mismatch != null && !mismatch.getPath().isEmpty()) {
            List<Object> loc = new ArrayList<>();
            loc.add("body");
            for (var ref : mismatch.getPath()) {
                loc.add(ref.getPropertyName() != null ? ref.getPropertyName() : ref.getIndex());
            }
            String expected = mismatch.getTargetType() == null ? "value" : describe(mismatch.getTargetType());
            String msg =
                    mismatch instanceof InvalidFormatException ? "must be a valid " + expected : "must be " + expected;
            return problem(
                    UNPROCESSABLE, "Request body failed validation", List.of(new FieldError(loc, msg, "type_error")));
        }
        String detail = cause instanceof JacksonException && !(cause instanceof DatabindException)
                ? "Malformed JSON in request body"
                : "Request body is missing or unreadable";
        return problem(HttpStatus.BAD_REQUEST, detail, List.of());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(
                        List.of("query", lastNode(v.getPropertyPath().toString())), v.getMessage(), "value_error"))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid request parameters", errors);
    }

    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException ex) {
        return problem(HttpStatus.BAD_REQUEST, "The request contains characters that are not allowed", List.of());
    }

    /** Tomcat refuses to decode a form body or query string (a stray {@code %}): the client's fault. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> undecodable(InvalidParameterException ex) {
        return problem(HttpStatus.BAD_REQUEST, "The request's parameters or form body are not decodable", List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex) {
        return problem(HttpStatus.FORBIDDEN, "You are not allowed to perform this operation", List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> conflict(DataIntegrityViolationException ex) {
        log.debug("Integrity violation", ex);
        return problem(HttpStatus.CONFLICT, "The request conflicts with existing data", List.of());
    }

    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        CannotCreateTransactionException.class,
        TransientDataAccessResourceException.class,
        QueryTimeoutException.class,
        PessimisticLockingFailureException.class,
        RevocationUnavailableException.class
    })
    ResponseEntity<Object> databaseUnavailable(Exception ex) {
        log.warn("Database unavailable: {}", ex.getMessage());
        ResponseEntity<Object> response =
                problem(HttpStatus.SERVICE_UNAVAILABLE, "The database is unavailable, try again shortly", List.of());
        return ResponseEntity.status(response.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(response.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        if (ex instanceof ErrorResponse errorResponse) {
            return ResponseEntity.status(errorResponse.getStatusCode()).body(errorResponse.getBody());
        }
        log.error("Unexpected failure", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error", List.of());
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).body(problem);
    }

    private static List<FieldError> fieldErrors(org.springframework.validation.Errors result, String where) {
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors()
                .forEach(error -> errors.add(new FieldError(
                        List.of(where, snakeCase(error.getField())),
                        error.isBindingFailure() ? "has the wrong type" : error.getDefaultMessage(),
                        error.isBindingFailure() ? "type_error" : "value_error")));
        result.getGlobalErrors()
                .forEach(error -> errors.add(new FieldError(List.of(where), error.getDefaultMessage(), "value_error")));
        return errors;
    }

    private static boolean isBody(MethodParameter parameter) {
        return parameter != null && parameter.hasParameterAnnotation(RequestBody.class);
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == java.time.Instant.class) {
            return "date-time with a zone (2026-01-17T10:00:00Z)";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "date (YYYY-MM-DD) or date-time";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "value of the right type";
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
