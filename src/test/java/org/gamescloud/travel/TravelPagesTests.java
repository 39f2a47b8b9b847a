package org.gamescloud.travel;

import static org.assertj.core.api.Assertions.assertThat;

import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class TravelPagesTests {

    @Autowired
    RestTestClient client;

    @BeforeEach
    void importFixture() {
        GtfsFixtures.importFixture(client);
    }

    @Test
    void showsAJourneyAsATimelineAndASchematicMap() {
        Document page = Pages.get(client, "/travel?from=MINI-STA&to=RES-HALL&departAt=2023-09-27T09:00");

        assertThat(page.select("#travel-from optgroup").eachAttr("label")).contains("Hangzhou", "Ningbo");
        assertThat(page.select("[data-testid=journey]")).hasSize(1);
        assertThat(page.select("[data-testid=leg]").eachAttr("data-mode"))
                .containsExactly("WALK", "SHUTTLE", "METRO", "WALK", "RAIL", "WALK", "BUS", "WALK");
        assertThat(page.selectFirst("[data-testid=journey]").text()).contains("09:18", "11:41", "G7501", "3 changes");
        assertThat(page.select("svg.journey-map line")).hasSize(8);
        assertThat(page.select("svg.journey-map circle")).hasSize(9);
    }

    @Test
    void speaksChineseAndSaysWhenNothingConnects() {
        Document page = Pages.get(client, "/travel?from=MINI-STA&to=RES-HALL&departAt=2023-09-27T09:00&lang=zh-CN");
        assertThat(page.selectFirst("h1").text()).isEqualTo("出行规划");
        assertThat(page.text()).contains("接驳车", "高铁".substring(1), "换乘 3 次");

        Document none =
                Pages.get(client, "/travel?from=MINI-STA&to=RES-HALL&departAt=2023-09-27T09:00&wheelchair=true");
        assertThat(none.selectFirst("[data-testid=no-journey]")).isNotNull();
    }

    @Test
    void servesTheVenuePagesGettingHereAndEatNearbySections() {
        Document venue = Pages.get(client, "/venues/MINI-STA");
        assertThat(venue.select("[hx-get]").eachAttr("hx-get"))
                .contains("/travel/venues/MINI-STA/getting-here", "/travel/venues/MINI-STA/eat-nearby");

        Document gettingHere = Pages.get(client, "/travel/venues/MINI-STA/getting-here");
        assertThat(gettingHere.selectFirst("[data-testid=getting-here]").text())
                .contains("Olympic Centre, North Gate", "2 min walk", "S1", "N9");
        Document eatNearby = Pages.get(client, "/travel/venues/MINI-STA/eat-nearby");
        assertThat(eatNearby.select("[data-testid=eat-nearby] li")).hasSize(5);
    }
}
