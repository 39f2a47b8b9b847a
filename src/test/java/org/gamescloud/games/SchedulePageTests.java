package org.gamescloud.games;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class SchedulePageTests {

    @Autowired
    RestTestClient client;

    @BeforeEach
    void standOnTheFirstDayWithTwoVenues() {
        TestDatasets.loadMiniPool(client);
        TestClock.set(client, TestClock.FIRST_DAY_MORNING);
    }

    @Test
    void showsTheGamesClockDayByDefault() {
        Document schedule = Pages.get(client, "/schedule");

        assertThat(schedule.selectFirst("#date option[selected]").val()).isEqualTo("2023-09-24");
        assertThat(sessionCodes(schedule)).containsExactly("MAT-0924-M", "MSW-0924-M", "MAT-0924-E", "MSW-0924-E");
        assertThat(schedule.selectFirst("[data-session=MAT-0924-M]").hasClass("is-live"))
                .isTrue();
    }

    @Test
    void linksEveryUnitToItsResults() {
        Document schedule = Pages.get(client, "/schedule?date=2023-09-24");

        List<Element> units = schedule.select("[data-testid=unit]");
        assertThat(units)
                .isNotEmpty()
                .allSatisfy(unit -> assertThat(
                                unit.selectFirst("a[data-testid=unit-link]").attr("href"))
                        .isEqualTo("/results/units/" + unit.attr("data-unit")));
    }

    @Test
    void startsOnTheFirstDayWhenTheClockIsBeforeTheGames() {
        TestClock.set(client, "2023-09-01T10:00:00+08:00");

        Document schedule = Pages.get(client, "/schedule");

        assertThat(schedule.selectFirst("[data-testid=schedule-results]").attr("data-date"))
                .isEqualTo("2023-09-24");
    }

    @Test
    void offersTheGamesDaysVenuesByCityAndSportsAsFilters() {
        Document schedule = Pages.get(client, "/schedule");

        assertThat(schedule.select("#date option").eachAttr("value")).startsWith("2023-09-24", "2023-09-25");
        assertThat(schedule.select("#venue optgroup").eachAttr("label")).startsWith("Hangzhou", "Ningbo");
        assertThat(schedule.select("#discipline optgroup[label='Mini aquatics'] option")
                        .eachAttr("value"))
                .containsExactly(TestDatasets.SWIMMING, "MWP");
        assertThat(schedule.select("label[for=date], label[for=venue], label[for=discipline]"))
                .hasSize(3);
    }

    @Test
    void filtersADayByVenue() {
        Document schedule = Pages.get(client, "/schedule?date=2023-09-24&venue=MINI-STA");

        assertThat(sessionCodes(schedule)).containsExactly("MAT-0924-M", "MAT-0924-E");
        assertThat(schedule.select("[data-testid=session]").eachAttr("data-venue"))
                .containsOnly("MINI-STA");
        assertThat(schedule.selectFirst("#venue option[selected]").val()).isEqualTo("MINI-STA");
    }

    @Test
    void filtersADayByDiscipline() {
        Document schedule = Pages.get(client, "/schedule?date=2023-09-24&discipline=" + TestDatasets.SWIMMING);

        assertThat(sessionCodes(schedule)).containsExactly("MSW-0924-M", "MSW-0924-E");
    }

    @Test
    void treatsEmptyFiltersAsNoFilter() {
        Document schedule = Pages.get(client, "/schedule?date=2023-09-24&venue=&discipline=");

        assertThat(sessionCodes(schedule)).hasSize(4);
    }

    @Test
    void listsEachUnitWithItsTimeEventPhaseAndMedalBadge() {
        Document schedule = Pages.get(client, "/schedule?date=2023-09-25&venue=" + TestDatasets.SECOND_VENUE);

        Element session = schedule.selectFirst("[data-session=MWP-0925-A]");
        assertThat(session.selectFirst(".session-time").text()).isEqualTo("13:30–18:00");
        assertThat(session.select("[data-testid=unit]"))
                .extracting(Element::text)
                .containsExactly(
                        "14:00 Women's tournament Bronze medal match Bronze medal",
                        "16:00 Women's tournament Gold medal match Gold medal");
        assertThat(session.select("[data-testid=medal]").eachAttr("data-medal")).containsExactly("BRONZE", "GOLD");
    }

    @Test
    void saysSoWhenNothingMatches() {
        Document schedule = Pages.get(client, "/schedule?date=2023-09-25&discipline=" + TestDatasets.SWIMMING);

        assertThat(schedule.select("[data-testid=session]")).isEmpty();
        assertThat(schedule.selectFirst("[data-testid=no-sessions]")).isNotNull();
    }

    @Test
    void answersHtmxWithTheResultsAndALanguageSwitchForTheNewAddress() {
        var result = client.get()
                .uri("/schedule?date=2023-09-24&venue=MINI-STA")
                .header("HX-Request", "true")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches(HttpHeaders.VARY, "(?i).*\\bHX-Request\\b.*")
                .expectBody(String.class)
                .returnResult();

        String html = result.getResponseBody();
        Document update = Jsoup.parseBodyFragment(html);
        assertThat(html).doesNotContain("<html", "site-header");
        assertThat(update.selectFirst("#schedule-results").attr("data-venue")).isEqualTo("MINI-STA");
        assertThat(sessionCodes(update)).containsExactly("MAT-0924-M", "MAT-0924-E");
        Element languageSwitch = update.selectFirst("#language-switch");
        assertThat(languageSwitch.attr("hx-swap-oob")).isEqualTo("true");
        assertThat(languageSwitch.selectFirst("[data-testid=lang-zh]").attr("href"))
                .isEqualTo("/schedule?date=2023-09-24&venue=MINI-STA&lang=zh-CN");
    }

    @Test
    void givesTheWholePageWhenHtmxRestoresHistory() {
        String html = client.get()
                .uri("/schedule?date=2023-09-24")
                .header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(Jsoup.parse(html).selectFirst("form#schedule-filter")).isNotNull();
    }

    @Test
    void keepsTheFiltersWhenSwitchingLanguage() {
        Document schedule = Pages.get(client, "/schedule?date=2023-09-24&venue=MINI-STA&lang=zh-CN");

        assertThat(schedule.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(schedule.selectFirst("label[for=venue]").text()).isEqualTo("场馆");
        assertThat(schedule.selectFirst("[data-session=MAT-0924-E]").text()).contains("迷你田径", "男子100米", "决赛", "金牌赛");
        assertThat(schedule.selectFirst("[data-testid=lang-en]").attr("href"))
                .isEqualTo("/schedule?date=2023-09-24&venue=MINI-STA&lang=en");
    }

    @Test
    void answersAnUnknownVenueWithANotFoundPage() {
        Document page = Pages.get(client, "/schedule?venue=NOPE", 404);

        assertThat(page.selectFirst("[data-testid=error-detail]").text()).isEqualTo("No venue NOPE");
        assertThat(page.selectFirst("nav.main-nav"))
                .as("the error page has the layout")
                .isNotNull();
    }

    @Test
    void answersAMalformedDateWithABadRequestPage() {
        Document page = Pages.get(client, "/schedule?date=yesterday", 400);

        assertThat(page.selectFirst("[data-testid=error-status]").text()).isEqualTo("400");
        assertThat(page.text()).doesNotContain("Exception");
    }

    private static List<String> sessionCodes(Document page) {
        return page.select("[data-testid=session]").eachAttr("data-session");
    }
}
