package org.gamescloud.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class TicketingPagesTests {

    @org.junit.jupiter.api.BeforeEach
    void standOnSaleDay(@Autowired RestTestClient restClient) {
        TicketingFixture.standOnSaleDay(restClient);
    }

    @Autowired
    RestTestClient client;

    @Test
    void listsTheSessionOnSaleInChineseAndDrawsItsSeatMap() {
        String session = TicketingFixture.createSession(client);
        String list = page("/ticketing?lang=zh-CN&city=Hangzhou&date=2023-09-28");
        assertThat(list).contains("门票", session, "余 250 张");
        assertThat(page("/ticketing?lang=en&city=Ningbo")).doesNotContain(session);

        String map = page("/ticketing/sessions/" + session + "?lang=en&block=101&seats=3,4");
        assertThat(map)
                .contains(
                        "<svg class=\"seat-map bowl\"", "<ellipse class=\"field\"", "data-block=\"104\"", "<path d=\"M")
                .contains("circle", "Block 101, Row 1, Seat 4")
                .contains("2023-09-28 ")
                .doesNotContain("null");
        assertThat(map).contains("seat picked", "href=\"/ticketing/sessions/" + session + "?block=102");
    }

    @Test
    void sendsAVisitorToSignInBeforeCheckout() {
        String session = TicketingFixture.createSession(client);
        client.get()
                .uri("/ticketing/sessions/" + session + "/checkout?category=A&quantity=2")
                .exchange()
                .expectStatus()
                .is3xxRedirection();
        client.get()
                .uri("/ticketing/tickets/00000000-0000-0000-0000-000000000000/qr.png")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    String page(String uri) {
        return client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
    }
}
