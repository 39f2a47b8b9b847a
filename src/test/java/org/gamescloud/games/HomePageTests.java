package org.gamescloud.games;

import static org.assertj.core.api.Assertions.assertThat;

import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.Pages;
import org.gamescloud.TestClock;
import org.gamescloud.TestDatasets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class HomePageTests {

    private static final String HEAT = "MATM100M--------------HEAT000100--";

    @Autowired
    RestTestClient client;

    @BeforeEach
    void loadASecondVenue() {
        TestDatasets.loadMiniPool(client);
    }

    @Test
    void showsWhatIsLiveAtTheGamesClock() {
        TestClock.set(client, TestClock.FIRST_DAY_MORNING);

        Document home = Pages.get(client, "/");

        Element live = home.selectFirst("[data-testid=live]");
        assertThat(live.select("[data-testid=unit]").eachAttr("data-unit")).containsExactly(HEAT);
        assertThat(live.text()).contains("09:00", "Men's 100 m", "Heats", "Heat 1");
        assertThat(live.selectFirst("a[data-testid=unit-link]").attr("href")).isEqualTo("/results/units/" + HEAT);
        assertThat(live.attr("hx-get")).isEqualTo("/today/live");
        assertThat(live.attr("hx-trigger")).isEqualTo("sse:result throttle:5s, every 60s");
        assertThat(home.selectFirst("[data-testid=games-clock]").text()).isEqualTo("Sun 24 Sep 09:05");
    }

    @Test
    void groupsTodaysSessionsByVenueWithWhatComesNextOnTop() {
        TestClock.set(client, "2023-09-24T12:30:00+08:00");

        Document home = Pages.get(client, "/");

        assertThat(home.select("[data-testid=venue-programme]").eachAttr("data-venue"))
                .containsExactly("MINI-STA", TestDatasets.SECOND_VENUE);
        Element stadium = home.selectFirst("[data-testid=venue-programme][data-venue=MINI-STA]");
        assertThat(stadium.select("[data-testid=session]").eachAttr("data-session"))
                .as("the evening session is next, the morning one is over")
                .containsExactly("MAT-0924-E", "MAT-0924-M");
        assertThat(stadium.selectFirst("[data-session=MAT-0924-M]").hasClass("is-over"))
                .isTrue();
        assertThat(home.select("[data-testid=live] [data-testid=unit]")).isEmpty();
    }

    @Test
    void countsEventsVenuesAndNocs() {
        TestClock.set(client, TestClock.FIRST_DAY_MORNING);
        int venues = client.get()
                .uri("/api/venues")
                .exchange()
                .expectBody(Object[].class)
                .returnResult()
                .getResponseBody()
                .length;

        Document home = Pages.get(client, "/");

        assertThat(home.selectFirst("[data-testid=counts]").text()).contains(venues + " venues");
    }

    @Test
    void saysSoWhenTheGamesHaveNoSessionsToday() {
        TestClock.set(client, "2023-10-09T10:00:00+08:00");

        Document home = Pages.get(client, "/");

        // The test JVM loads the results dataset beside the mini Games: its units are on 28 Sep.
        assertThat(home.selectFirst("[data-testid=no-sessions-today]").text())
                .isEqualTo("There are no sessions today. The Games run from Sun 24 Sep to Thu 28 Sep.");
        assertThat(home.select("[data-testid=venue-programme]")).isEmpty();
    }

    @Test
    void refreshesTheLivePartAndTheClockWithoutTheRestOfThePage() {
        TestClock.set(client, TestClock.FIRST_DAY_MORNING);

        String html = client.get()
                .uri("/today/live")
                .header("HX-Request", "true")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        Document update = Jsoup.parseBodyFragment(html);
        assertThat(html).doesNotContain("<html", "site-header");
        assertThat(update.select("[data-testid=unit]").eachAttr("data-unit")).containsExactly(HEAT);
        assertThat(update.selectFirst("#games-clock").attr("hx-swap-oob")).isEqualTo("true");
    }

    @Test
    void speaksChineseWithTheChineseNamesOfTheData() {
        TestClock.set(client, TestClock.FIRST_DAY_MORNING);

        Document home = Pages.get(client, "/?lang=zh-CN");

        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(home.selectFirst("h1").text()).startsWith("今日");
        assertThat(home.selectFirst("[data-testid=live]").text()).contains("男子100米", "预赛", "第1组");
        assertThat(home.selectFirst("[data-testid=venue-programme] h3").text()).contains("迷你体育场", "杭州");
        assertThat(home.selectFirst("[data-testid=games-clock]").text()).isEqualTo("9月24日 周日 09:05");
    }
}
