package org.gamescloud.platform.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Gives every page the address it was asked for, without {@code lang}, as the model attribute {@value #ATTRIBUTE}, so
 * that the language switch of the layout stays on the same page (with the same filters). An error page names the
 * address that failed.
 */
class CurrentPageInterceptor implements HandlerInterceptor {

    static final String ATTRIBUTE = "currentPage";

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        if (modelAndView == null || isRedirect(modelAndView)) {
            return;
        }
        modelAndView.addObject(ATTRIBUTE, currentPage(request));
    }

    static String currentPage(HttpServletRequest request) {
        Object failedPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failedPath != null) {
            return failedPath.toString();
        }
        String query = request.getQueryString();
        String path = request.getRequestURI();
        if (query == null || query.isBlank()) {
            return path;
        }
        String kept = Arrays.stream(query.split("&"))
                .filter(parameter -> !parameter.equals("lang") && !parameter.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? path : path + "?" + kept;
    }

    private static boolean isRedirect(ModelAndView modelAndView) {
        String name = modelAndView.getViewName();
        return modelAndView.getView() instanceof RedirectView || (name != null && name.startsWith("redirect:"));
    }
}
