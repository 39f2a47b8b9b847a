package org.gamescloud.ticketing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.gamescloud.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Sessions, spectators and real-name holders for ticketing tests, made through the real API. */
public final class TicketingFixture {

    /** The mini dataset's stadium: 1,000 seats in four blocks (one per category A–D). */
    public static final String VENUE = "MINI-STA";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private TicketingFixture() {}

    /** A new session at the mini stadium, starting {@code start} (Games-local ISO time), on sale at the test clock. */
    public static String createSession(RestTestClient client, String start, String end) {
        String code = "TKT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        client.post()
                .uri("/api/admin/sessions")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", code, "venueCode", VENUE, "start", start, "end", end, "units", List.of()))
                .exchange()
                .expectStatus()
                .isCreated();
        return code;
    }

    public static String createSession(RestTestClient client) {
        return createSession(client, "2023-09-28T19:00:00+08:00", "2023-09-28T22:00:00+08:00");
    }

    /**
     * Puts the Games clock on the demo's default morning (27 Sep): other test classes leave it anywhere, and ticketing
     * sessions (created on 28 Sep, inside the test Games so that the Games' date range stays as other tests expect)
     * must be on sale.
     */
    public static void standOnSaleDay(RestTestClient client) {
        org.gamescloud.TestClock.set(client, "2023-09-27T09:00:00+08:00");
    }

    public static String spectator(RestTestClient client) {
        return TestUsers.create(client, List.of("SPECTATOR"), List.of());
    }

    /** A random, well-formed PRC resident ID number (GB 11643 check character included). */
    public static String chineseId() {
        StringBuilder id = new StringBuilder("330106");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        id.append(1950 + random.nextInt(60))
                .append(String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
        for (int i = 0; i < 3; i++) {
            id.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return id.append("10X98765432".charAt(sum % 11)).toString();
    }

    public static String passport() {
        return "E"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    public static Map<String, Object> holder(String name, String idType, String idNumber) {
        return Map.of("name", name, "idType", idType, "idNumber", idNumber);
    }

    public static List<Map<String, Object>> holders(int count) {
        List<Map<String, Object>> holders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            holders.add(holder("Holder " + i, "CN_ID", chineseId()));
        }
        return holders;
    }

    public static Map<String, Object> order(String session, String category, List<Map<String, Object>> holders) {
        return Map.of("session", session, "category", category, "quantity", holders.size(), "holders", holders);
    }
}
