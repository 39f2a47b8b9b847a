package org.gamescloud.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class ClockApiTests {

    @Autowired
    RestTestClient client;

    @Autowired
    GamesClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheDemoDay() {
        clock.set(OffsetDateTime.parse("2023-09-27T09:00:00+08:00").toInstant());
    }

    @Test
    void anAdministratorSetsTheGamesClockForEveryNode() {
        client.put()
                .uri("/api/admin/clock")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("now", "2023-09-30T18:30:00+08:00"))
                .exchange()
                .expectStatus()
                .isOk();
        OffsetDateTime now = OffsetDateTime.parse(client.get()
                .uri("/api/clock")
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("now")
                .toString());
        assertThat(Duration.between(OffsetDateTime.parse("2023-09-30T18:30:00+08:00"), now))
                .isBetween(Duration.ZERO, Duration.ofMinutes(1));
        long storedOffset = jdbc.sql("SELECT offset_ms FROM games_clock WHERE id = 1")
                .query(Long.class)
                .single();
        assertThat(Duration.ofMillis(storedOffset)).isCloseTo(clock.offset(), Duration.ofSeconds(1));
    }

    @Test
    void onlyAnAdministratorSetsTheClock() {
        client.put()
                .uri("/api/admin/clock")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("now", "2023-09-30T18:30:00+08:00"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void refusesATimeWithoutOffset() {
        client.put()
                .uri("/api/admin/clock")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("now", "2023-09-30 18:30"))
                .exchange()
                .expectStatus()
                .isBadRequest();
    }
}
