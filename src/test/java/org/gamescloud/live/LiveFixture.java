package org.gamescloud.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gamescloud.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The live test dataset ({@code datasets/live/}): one event at the LIVE-POOL with 40 heats (one per test, so that
 * tests sharing the database never meet) and 3 medal finals; NOCs XLA–XLH, athletes 8500001–8500008.
 */
public final class LiveFixture {

    public static final String VENUE = "LIVE-POOL";
    public static final String EVENT = "LSWM100MFREE----------";

    private final RestTestClient client;
    private final String token;

    /** A results operator of the venue, posting with a bearer token (no password hash per message). */
    public LiveFixture(RestTestClient client) {
        this.client = client;
        String username = TestUsers.create(client, List.of("RESULTS_OPERATOR"), List.of(VENUE));
        this.token = client.post()
                .uri("/api/auth/tokens")
                .headers(headers -> headers.setBasicAuth(username, "password123"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("token")
                .toString();
    }

    public static String heat(int number) {
        return EVENT + String.format("HEAT%06d--", number * 100);
    }

    public static String finalUnit(int number) {
        return EVENT + String.format("FNL-%06d--", number * 100);
    }

    public static String athlete(int number) {
        return String.format("85000%02d", number);
    }

    /** Posts a message of four athletes whose marks move with the sequence; expects 200. */
    public void post(String unit, long sequence, String status) {
        post(unit, sequence, status, null);
    }

    public void post(String unit, long sequence, String status, String note) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            lines.add(Map.of("competitor", athlete(i), "mark", String.format("%d.%02d", 48 + i, sequence % 100)));
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("messageId", UUID.randomUUID().toString());
        message.put("sequence", sequence);
        message.put("status", status);
        message.put("results", lines);
        if (note != null) {
            message.put("note", note);
        }
        client.post()
                .uri("/api/results/units/{unit}", unit)
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(message)
                .exchange()
                .expectStatus()
                .isOk();
    }
}
