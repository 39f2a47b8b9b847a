package org.gamescloud.platform.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reached a controller (unknown path, wrong method, a failure in a filter) end here: a problem
 * document for API clients, a page for people.
 */
@Controller
class ProblemErrorController implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = status(request);
        Map<String, Object> model = new HashMap<>();
        model.put("status", status.value());
        model.put("reason", status.getReasonPhrase());
        pageDetail(status, request).ifPresent(detail -> model.put("detail", detail));
        return new ModelAndView("error", model, status);
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail(status, request));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            body.setInstance(URI.create(path.toString()));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    /**
     * The reason a page gave for refusing a request ("No venue NOPE"). Only for client errors: the message of a
     * server error may say things about our insides.
     */
    private static Optional<String> pageDetail(HttpStatus status, HttpServletRequest request) {
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        if (!status.is4xxClientError() || message == null || message.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(message.toString());
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detail(HttpStatus status, HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return switch (status) {
            case NOT_FOUND -> "There is nothing at " + path;
            case METHOD_NOT_ALLOWED -> "That method is not supported for " + path;
            case UNSUPPORTED_MEDIA_TYPE -> "That content type is not supported for " + path;
            case UNAUTHORIZED -> "Sign in to do this";
            case FORBIDDEN -> "You are not allowed to do this";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side; it has been logged";
            default -> status.getReasonPhrase();
        };
    }
}
