package org.gamescloud.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.venues.GatesFixture.BOX;
import static org.gamescloud.venues.GatesFixture.HALL;

import java.util.List;
import org.gamescloud.TestUsers;
import org.gamescloud.platform.GamesClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

@GateIntegrationTest
class OperationsPagesTests {

    @Autowired
    RestTestClient client;

    @Autowired
    GamesClock clock;

    @Autowired
    TestTickets tickets;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void gateVenues() {
        new GatesFixture(client, clock, tickets, jdbc);
    }

    @Test
    void sendsStrangersToSignInAndRefusesSpectatorsTheScanner() {
        client.get()
                .uri("/gates/scanner")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectHeader()
                .value("Location", location -> assertThat(location).endsWith("/login"));
        String spectator = TestUsers.create(client, List.of("SPECTATOR"), List.of());
        client.get()
                .uri("/gates/scanner")
                .accept(MediaType.TEXT_HTML)
                .headers(headers -> headers.setBasicAuth(spectator, "password123"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void showsTheDashboardOnlyToTheVenuesManagers() {
        String hallManager = TestUsers.create(client, List.of("VENUE_MANAGER"), List.of(HALL));
        String boxManager = TestUsers.create(client, List.of("VENUE_MANAGER"), List.of(BOX));

        String page = client.get()
                .uri("/venues/{venue}/dashboard?lang=zh-CN", HALL)
                .accept(MediaType.TEXT_HTML)
                .headers(headers -> headers.setBasicAuth(hallManager, "password123"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        var dashboard = Jsoup.parse(page).selectFirst("[data-testid=dashboard]");
        assertThat(dashboard.attr("hx-trigger")).isEqualTo("every 3s");
        assertThat(dashboard.text()).contains("各场次在场人数", "容量警报");
        client.get()
                .uri("/venues/{venue}/dashboard", HALL)
                .accept(MediaType.TEXT_HTML)
                .headers(headers -> headers.setBasicAuth(boxManager, "password123"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }
}
