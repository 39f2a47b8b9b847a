package org.gamescloud.platform;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problem responses that any module may throw from a web-facing call. Each carries a human-readable
 * detail; the web layer renders it as {@code application/problem+json}.
 */
public final class Problems {

    private static final String TYPE_BASE = "https://games-cloud.org/problems/";

    private Problems() {}

    public static ErrorResponseException badRequest(String detail) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", detail);
    }

    public static ErrorResponseException notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, "not-found", detail);
    }

    public static ErrorResponseException conflict(String detail) {
        return problem(HttpStatus.CONFLICT, "conflict", detail);
    }

    public static ErrorResponseException forbidden(String detail) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    public static ErrorResponseException unprocessable(String detail) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable", detail);
    }

    public static ErrorResponseException problem(HttpStatus status, String type, String detail) {
        return problem(status, type, detail, Map.of());
    }

    public static ErrorResponseException problem(
            HttpStatus status, String type, String detail, Map<String, Object> properties) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + type));
        properties.forEach(body::setProperty);
        return new ErrorResponseException(status, body, null);
    }
}
