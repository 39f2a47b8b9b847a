package org.gamescloud.games;

import static org.assertj.core.api.Assertions.assertThat;

import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.Pages;
import org.gamescloud.TestClock;
import org.gamescloud.TestDatasets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class VenuePagesTests {

    @Autowired
    RestTestClient client;

    @BeforeEach
    void loadASecondVenue() {
        TestDatasets.loadMiniPool(client);
        TestClock.set(client, TestClock.FIRST_DAY_MORNING);
    }

    @Test
    void listsTheVenuesByHostCityInTheGamesOrder() {
        Document venues = Pages.get(client, "/venues");

        assertThat(venues.select("[data-testid=city]").eachAttr("data-city")).startsWith("Hangzhou", "Ningbo");
        Element stadium = venues.selectFirst("[data-city=Hangzhou] [data-venue=MINI-STA]");
        assertThat(stadium.text()).contains("Mini Stadium, \"the Bowl\"", "1,000 seats");
        assertThat(stadium.selectFirst("[data-testid=estimated]"))
                .as("estimated capacity and location")
                .isNotNull();
        Element pool = venues.selectFirst("[data-city=Ningbo] [data-venue=MINI-AQC]");
        assertThat(pool.text()).contains("2,500 seats");
        assertThat(pool.selectFirst("[data-testid=estimated]")).isNull();
    }

    @Test
    void showsAVenueWithItsFactsAndItsSessionsByDay() {
        Document venue = Pages.get(client, "/venues/MINI-STA");

        assertThat(venue.selectFirst("[data-testid=venue-name]").text()).isEqualTo("Mini Stadium, \"the Bowl\"");
        assertThat(venue.selectFirst(".facts").text())
                .contains("迷你体育场", "Hangzhou", "1,000 seats", "estimated", "Mini athletics");
        assertThat(venue.selectFirst("[data-testid=coordinates]").text()).isEqualTo("30.2000, 120.2000");
        assertThat(venue.select("[data-testid=venue-day]").eachAttr("data-date"))
                .startsWith("2023-09-24", "2023-09-25");
        assertThat(venue.select("[data-testid=venue-day][data-date=2023-09-24] [data-testid=session]")
                        .eachAttr("data-session"))
                .containsExactly("MAT-0924-M", "MAT-0924-E");
    }

    @Test
    void showsAVenueInChinese() {
        Document venue = Pages.get(client, "/venues/MINI-STA?lang=zh-CN");

        assertThat(venue.selectFirst("[data-testid=venue-name]").text()).isEqualTo("迷你体育场");
        assertThat(venue.selectFirst(".facts").text()).contains("杭州", "1,000个座位", "迷你田径");
    }

    @Test
    void answersAnUnknownVenueWithANotFoundPage() {
        Document page = Pages.get(client, "/venues/NOPE", 404);

        assertThat(page.selectFirst("h1").text()).isEqualTo("We could not find that page.");
        assertThat(page.selectFirst("[data-testid=error-detail]").text()).isEqualTo("No venue NOPE");
    }

    @Test
    void answersAMalformedVenueCodeWithANotFoundPage() {
        Pages.get(client, "/venues/not a code", 404);
    }
}
