package org.gamescloud;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Puts the Games clock where a test needs it, through the real admin API; it runs on from there. */
public final class TestClock {

    /** During the morning heat of the men's 100 m (09:00–09:10) on the first day of the mini Games. */
    public static final String FIRST_DAY_MORNING = "2023-09-24T09:05:00+08:00";

    private TestClock() {}

    public static void set(RestTestClient client, String now) {
        client.put()
                .uri("/api/admin/clock")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("now", now))
                .exchange()
                .expectStatus()
                .isOk();
    }
}
