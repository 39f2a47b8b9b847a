package org.gamescloud;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Reads pages as a browser asks for them (Accept: text/html) and parses them, for assertions on elements. */
public final class Pages {

    private Pages() {}

    public static Document get(RestTestClient client, String uri) {
        return get(client, uri, 200);
    }

    public static Document get(RestTestClient client, String uri, int expectedStatus) {
        String html = client.get()
                .uri(uri)
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isEqualTo(expectedStatus)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return Jsoup.parse(html == null ? "" : html);
    }
}
