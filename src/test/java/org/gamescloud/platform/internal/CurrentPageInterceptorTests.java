package org.gamescloud.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

class CurrentPageInterceptorTests {

    private final CurrentPageInterceptor interceptor = new CurrentPageInterceptor();

    @Test
    void keepsThePathAndQueryButNotTheLanguage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/schedule");
        request.setQueryString("date=2023-09-24&lang=zh-CN&venue=MINI-STA&language=x");

        assertThat(CurrentPageInterceptor.currentPage(request))
                .isEqualTo("/schedule?date=2023-09-24&venue=MINI-STA&language=x");
    }

    @Test
    void dropsAQueryThatOnlyChoseTheLanguage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/venues");
        request.setQueryString("lang=en");

        assertThat(CurrentPageInterceptor.currentPage(request)).isEqualTo("/venues");
    }

    @Test
    void namesTheAddressThatFailedOnAnErrorPage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/venues/NOPE");

        assertThat(CurrentPageInterceptor.currentPage(request)).isEqualTo("/venues/NOPE");
    }

    @Test
    void leavesRedirectsAlone() {
        ModelAndView redirect = new ModelAndView("redirect:/login?signedUp");

        interceptor.postHandle(
                new MockHttpServletRequest("POST", "/signup"), new MockHttpServletResponse(), new Object(), redirect);

        assertThat(redirect.getModel()).isEmpty();
    }
}
