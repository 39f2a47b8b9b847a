package org.gamescloud.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gamescloud.TestUsers;
import org.gamescloud.live.LiveUpdatePublished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes live updates as the live stream would (in a transaction, so the listener runs after commit) and talks to
 * the media admin API. Ids and unit codes are unique per fixture use, since all tests share one database.
 */
public final class MediaFixture {

    /** Far above the ids the live stream's own tests reach, and unique within the test JVM. */
    private static final AtomicLong NEXT_ID = new AtomicLong(8_000_000_000L);

    private static final AtomicInteger NEXT_UNIT = new AtomicInteger();

    public static final Instant MORNING =
            OffsetDateTime.parse("2023-09-27T09:30:00+08:00").toInstant();

    private final RestTestClient client;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    public MediaFixture(
            RestTestClient client,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            JdbcClient jdbc) {
        this.client = client;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    public MediaFixture(RestTestClient client) {
        this(client, null, null, null);
    }

    /** A unit code that no other test uses. */
    public static String newUnit() {
        return String.format("SWMMEDIA%06d--------FNL-000100--", NEXT_UNIT.incrementAndGet());
    }

    public static long newId() {
        return NEXT_ID.addAndGet(10);
    }

    public static LiveUpdatePublished result(long id, String unit, Instant publishedAt) {
        String data = "{\"unitCode\":\"" + unit + "\",\"status\":\"LIVE\",\"revision\":" + id % 1000
                + ",\"results\":[{\"rank\":1,\"competitor\":\"8000001\",\"noc\":\"CHN\",\"mark\":\"52.10\"}]}";
        return new LiveUpdatePublished(id, "result", unit.substring(0, 22), unit, Set.of("CHN"), data, publishedAt);
    }

    /**
     * Publishes the update in a transaction, as the live publisher does, and checks that the media module stored it (its
     * listener runs inside the publishing transaction).
     */
    public void publish(LiveUpdatePublished update) {
        publishWithoutWaiting(update);
        assertThat(jdbc.sql("SELECT count(*) FROM media_update WHERE id = :id")
                        .param("id", update.id())
                        .query(Long.class)
                        .single())
                .as("stored when the publishing transaction commits")
                .isEqualTo(1);
    }

    public void publishWithoutWaiting(LiveUpdatePublished update) {
        transactions.executeWithoutResult(status -> events.publishEvent(update));
    }

    /** Registers a partner; returns the answer (with {@code id} and the one-time {@code apiKey}). */
    public Map<String, Object> register(String name, String endpoint, List<String> units) {
        return client.post()
                .uri("/api/admin/media/partners")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name, "endpoint", endpoint, "units", units))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }

    /** {@code GET /api/admin/media/partners/{id}}: the partner with its delivery status. */
    public Map<String, Object> partner(Object id) {
        return client.get()
                .uri("/api/admin/media/partners/{id}", id)
                .headers(TestUsers::asAdmin)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> status(Object id) {
        return (Map<String, Object>) partner(id).get("status");
    }
}
