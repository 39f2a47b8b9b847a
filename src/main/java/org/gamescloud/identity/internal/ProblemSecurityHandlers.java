package org.gamescloud.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 on the API as RFC 9457 problems, like every other error. */
final class ProblemSecurityHandlers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemSecurityHandlers() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"games-cloud\", Bearer");
            String detail =
                    exception.getMessage() != null && exception.getMessage().startsWith("The bearer")
                            ? exception.getMessage()
                            : "Sign in to do this: HTTP Basic credentials or a bearer token";
            write(response, HttpStatus.UNAUTHORIZED, detail, request.getRequestURI());
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                write(response, HttpStatus.FORBIDDEN, "You are not allowed to do this", request.getRequestURI());
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail, String path)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", path);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
