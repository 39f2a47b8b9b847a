package org.gamescloud.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Talks to the pages as a browser would: keeps its cookies (session, language), and submits a form of the last page read with its
 * hidden fields (the CSRF token among them) plus the fields a person fills in.
 */
final class PageConversation {

    private final RestTestClient client;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private Document page;

    PageConversation(RestTestClient client) {
        this.client = client;
    }

    Document open(String uri) {
        EntityExchangeResult<String> result = client.get()
                .uri(uri)
                .accept(MediaType.TEXT_HTML)
                .headers(this::withSession)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();
        keepSession(result);
        page = Jsoup.parse(result.getResponseBody(), "http://localhost" + uri);
        return page;
    }

    /** Submits the form of the last page read; the answer is not followed if it redirects. */
    EntityExchangeResult<String> submit(String formSelector, Map<String, String> fields) {
        Element form = page.selectFirst(formSelector);
        assertThat(form).as(formSelector).isNotNull();
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        form.select("input[type=hidden]").forEach(hidden -> body.add(hidden.attr("name"), hidden.val()));
        fields.forEach(body::add);
        EntityExchangeResult<String> result = client.post()
                .uri(form.attr("action"))
                .accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .headers(this::withSession)
                .body(body)
                .exchange()
                .expectBody(String.class)
                .returnResult();
        keepSession(result);
        if (result.getResponseBody() != null) {
            page = Jsoup.parse(result.getResponseBody());
        }
        return result;
    }

    Document page() {
        return page;
    }

    /** Where a redirect sends the browser, as path and query. */
    static String redirectTarget(EntityExchangeResult<?> result) {
        URI location = result.getResponseHeaders().getLocation();
        assertThat(location).as("a redirect").isNotNull();
        return location.getRawQuery() == null
                ? location.getRawPath()
                : location.getRawPath() + "?" + location.getRawQuery();
    }

    private void withSession(HttpHeaders headers) {
        cookies.forEach((name, value) -> headers.add(HttpHeaders.COOKIE, name + "=" + value));
    }

    private void keepSession(EntityExchangeResult<String> result) {
        result.getResponseCookies().values().stream()
                .flatMap(List::stream)
                .forEach(cookie -> cookies.put(cookie.getName(), cookie.getValue()));
    }
}
