package org.gamescloud.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.live.LiveFixture.*;

import java.time.Duration;
import java.util.List;
import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/live}: what a subscriber receives, filters, resume with {@code Last-Event-ID}, coalescing. */
@GamesIntegrationTest
class LiveStreamTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    RestTestClient client;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    LiveFixture venue;

    @BeforeEach
    void operator() {
        venue = new LiveFixture(client);
    }

    @Test
    void streamsAResultAsTheUnitResourceReturnsIt() throws Exception {
        try (SseClient stream = SseClient.connect(port, "unit=" + heat(1), null)) {
            venue.post(heat(1), 1, "UNOFFICIAL");

            SseClient.Event event = stream.next(WAIT);

            assertThat(event.name()).isEqualTo("result");
            assertThat(event.id()).isPositive();
            String resource = client.get()
                    .uri("/api/results/units/{unit}", heat(1))
                    .exchange()
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(json.readTree(event.data())).isEqualTo(json.readTree(resource));
        }
    }

    @Test
    void resumesAfterADisconnectWithExactlyTheMissedEvents() throws Exception {
        long seen;
        try (SseClient stream = SseClient.connect(port, "unit=" + heat(2), null)) {
            venue.post(heat(2), 1, "UNOFFICIAL");
            seen = stream.next(WAIT).id();
        }
        venue.post(heat(2), 2, "UNOFFICIAL");
        venue.post(heat(2), 3, "PROTESTED");
        venue.post(heat(2), 4, "OFFICIAL");

        try (SseClient resumed = SseClient.connect(port, "unit=" + heat(2), seen)) {
            List<SseClient.Event> replayed = List.of(resumed.next(WAIT), resumed.next(WAIT), resumed.next(WAIT));
            assertThat(replayed)
                    .extracting(
                            event -> json.readTree(event.data()).get("revision").asInt())
                    .containsExactly(2, 3, 4);
            assertThat(replayed).extracting(SseClient.Event::id).isSorted().allMatch(id -> id > seen);

            venue.post(heat(2), 5, "OFFICIAL", "Timing correction");
            SseClient.Event next = resumed.next(WAIT);
            assertThat(json.readTree(next.data()).get("revision").asInt())
                    .as("nothing replayed twice")
                    .isEqualTo(5);
        }
    }

    @Test
    void resumesTheUnfilteredStreamWithConsecutiveIds() throws Exception {
        long seen;
        try (SseClient stream = SseClient.connect(port, null, null)) {
            venue.post(heat(3), 1, "UNOFFICIAL");
            seen = stream.nextResultOf(heat(3), WAIT).id();
        }
        venue.post(heat(3), 2, "UNOFFICIAL");
        venue.post(heat(4), 1, "UNOFFICIAL");
        venue.post(heat(3), 3, "OFFICIAL");

        try (SseClient resumed = SseClient.connect(port, null, seen)) {
            long expected = seen + 1;
            SseClient.Event event;
            do {
                event = resumed.next(WAIT);
                assertThat(event.id()).isEqualTo(expected++);
            } while (!(event.data().contains(heat(3)) && event.data().contains("\"OFFICIAL\"")));
        }
    }

    @Test
    void filtersByUnitEventAndNoc() throws Exception {
        try (SseClient byUnit = SseClient.connect(port, "unit=" + heat(5), null);
                SseClient byEvent = SseClient.connect(port, "event=" + EVENT, null);
                SseClient byNoc = SseClient.connect(port, "noc=XLB", null);
                SseClient byOtherNoc = SseClient.connect(port, "noc=XLH", null)) {
            venue.post(heat(6), 1, "UNOFFICIAL");
            venue.post(heat(5), 1, "UNOFFICIAL");

            assertThat(byUnit.next(WAIT).data()).contains(heat(5));
            assertThat(byEvent.nextResultOf(heat(6), WAIT).data()).contains(EVENT);
            assertThat(byNoc.nextResultOf(heat(6), WAIT).data()).contains("\"noc\":\"XLB\"");
            assertThat(byUnit.drain(Duration.ofMillis(500))).isEmpty();
            assertThat(byOtherNoc.drain(Duration.ofMillis(200)))
                    .noneMatch(event ->
                            event.data().contains(heat(5)) || event.data().contains(heat(6)));
        }
        client.get().uri("/api/live?unit=NOSUCHUNIT").exchange().expectStatus().isBadRequest();
        client.get()
                .uri("/api/live")
                .header("Last-Event-ID", "yesterday")
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void mergesRunningUpdatesButNeverAnOfficialOne() throws Exception {
        try (SseClient stream = SseClient.connect(port, "unit=" + heat(7), null)) {
            long start = System.nanoTime();
            for (int sequence = 1; sequence <= 12; sequence++) {
                venue.post(heat(7), sequence, "LIVE");
            }
            long posting_ms = (System.nanoTime() - start) / 1_000_000;
            venue.post(heat(7), 13, "OFFICIAL");

            List<SseClient.Event> received = new java.util.ArrayList<>();
            SseClient.Event event;
            do {
                event = stream.next(WAIT);
                received.add(event);
            } while (!event.data().contains("\"OFFICIAL\""));

            assertThat(received.size() - 1)
                    .as("running updates in %d ms, at most 4 per second", posting_ms)
                    .isLessThanOrEqualTo(2 + (int) (posting_ms / 250))
                    .isLessThan(12);
            assertThat(json.readTree(event.data()).get("revision").asInt()).isEqualTo(13);
            assertThat(received).extracting(SseClient.Event::id).isSorted().doesNotHaveDuplicates();
            assertThat(stream.drain(Duration.ofMillis(500)))
                    .as("nothing after the official result")
                    .isEmpty();
        }
    }

    @Test
    void pushesTheChangedMedalTableRows() throws Exception {
        try (SseClient stream = SseClient.connect(port, "event=" + EVENT, null)) {
            venue.post(finalUnit(1), 1, "OFFICIAL");

            SseClient.Event medals;
            do {
                medals = stream.next(WAIT);
            } while (!medals.name().equals("medals"));

            assertThat(json.readTree(medals.data()).valueStream())
                    .extracting(row -> row.get("noc").asString())
                    .contains("XLA", "XLB", "XLC");
        }
    }
}
