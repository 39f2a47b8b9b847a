package org.gamescloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The simulator in this JVM against the whole application on its random port: the first day of the mini Games at its
 * stadium (a heat and a final of the men's 100 m), then the second day in NDJSON batches. Each test plays its own
 * day: a day once played is left alone.
 */
@GamesIntegrationTest
class DemoDayTests {

    private static final String HEAT = "MATM100M--------------HEAT000100--";

    /** The gold-medal unit of the day, corrected at its end. */
    private static final String FINAL = "MATM100M--------------FNL-000100--";

    private static final String RELAY_FINAL = "MATX4X100M------------FNL-000100--";

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient client;

    @Test
    void playsADayUntilEveryUnitIsOfficialAndCorrectsAMedalUnit() throws Exception {
        Summary summary = play("--date", "2023-09-24", "--venue", "MINI-STA");

        assertThat(summary.hasServerErrors()).isFalse();
        assertThat(summary.refused()).isZero();
        List<Map<String, Object>> units = unitsOfTheDay("2023-09-24");
        assertThat(units).extracting(unit -> unit.get("code")).contains(HEAT, FINAL);
        assertThat(summary.unitsDone()).isEqualTo(units.size());
        for (Map<String, Object> unit : units) {
            assertThat(results((String) unit.get("code")).get("status")).isEqualTo("OFFICIAL");
            if (unit.get("medal") != null) {
                assertThat(medalsOfEvent((String) unit.get("event"))).isNotEmpty();
            }
        }
        assertThat(medalsOfEvent("MATM100M--------------"))
                .extracting(medal -> medal.get("medal"))
                .containsExactlyInAnyOrder("GOLD", "SILVER");
        assertThat(nocsInTheMedalTable()).contains("MGA", "MGB");
        assertThat(summary.correction().unitCode()).isEqualTo(FINAL);
        assertThat(summary.correction().status()).isEqualTo(200);
        assertThat(historyOf(FINAL))
                .last()
                .satisfies(correction ->
                        assertThat(correction.get("note")).asString().isNotBlank());

        Summary again = play("--date", "2023-09-24", "--venue", "MINI-STA");

        assertThat(again.messages())
                .as("a second run leaves the units that have results alone")
                .isZero();
    }

    @Test
    void playsADayInBatchesThroughTheNdjsonEndpoint() throws Exception {
        Summary summary = play("--date", "2023-09-25", "--venue", "MINI-STA", "--bulk", "--batch-size", "2");

        assertThat(summary.hasServerErrors()).isFalse();
        assertThat(summary.refused()).isZero();
        assertThat(summary.messages()).isGreaterThanOrEqualTo(5);
        assertThat(results(RELAY_FINAL).get("status")).isEqualTo("OFFICIAL");
        assertThat(medalsOfEvent("MATX4X100M------------"))
                .extracting(medal -> medal.get("noc"))
                .containsExactly("MGA");
    }

    /**
     * A day of every kind of unit (races with splits, jumps attempt by attempt, dives, judo and boxing contests,
     * football pools play by play), each change sent as venue systems send it: the API accepts every message.
     */
    @Test
    void playsEveryChangeOfEveryKindOfUnitWithoutARefusal() throws Exception {
        Summary hall = play("--date", "2023-09-26", "--venue", "SIM-HALL", "--bulk", "--batch-size", "100");
        Summary pool = play("--date", "2023-09-26", "--venue", "SIM-POOL", "--bulk", "--batch-size", "100");

        for (Summary summary : List.of(hall, pool)) {
            assertThat(summary.hasServerErrors()).isFalse();
            assertThat(summary.firstRefusals()).isEmpty();
            assertThat(summary.refused()).isZero();
            assertThat(summary.maxMillis()).isGreaterThanOrEqualTo(summary.p99Millis());
        }
        assertThat(hall.unitsDone() + pool.unitsDone()).isEqualTo(29);
        assertThat(hall.messages() + pool.messages())
                .as("many live updates per unit")
                .isGreaterThan(29 * 20);
        assertThat(results("QSWW100MFREE----------FNL-000100--").get("status")).isEqualTo("OFFICIAL");
        assertThat(historyOf("QSWW100MFREE----------FNL-000100--"))
                .as("the start list, splits and finishes of eight swimmers, unofficial and official")
                .hasSizeGreaterThan(8 * 8);
    }

    private Summary play(String... args) throws InterruptedException {
        List<String> options = new java.util.ArrayList<>(List.of(args));
        options.addAll(List.of("--url", "http://localhost:" + port, "--as-fast-as-possible"));
        var output = new ByteArrayOutputStream();
        try (var out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            return DemoDay.run(Options.parse(options.toArray(String[]::new)), out, false);
        }
    }

    private Map<String, Object> results(String unit) {
        return client.get()
                .uri("/api/results/units/{unit}", unit)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> unitsOfTheDay(String date) {
        return list("/api/schedule?date=" + date + "&venue=MINI-STA&size=1000").stream()
                .flatMap(session -> ((List<Map<String, Object>>) session.get("units")).stream())
                .toList();
    }

    private List<Map<String, Object>> historyOf(String unit) {
        return list("/api/results/units/" + unit + "/history");
    }

    private List<Map<String, Object>> medalsOfEvent(String event) {
        return list("/api/medals/events/" + event);
    }

    private List<Object> nocsInTheMedalTable() {
        return list("/api/medals").stream().map(row -> row.get("noc")).toList();
    }

    private List<Map<String, Object>> list(String path) {
        return client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
    }
}
