package org.gamescloud.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.results.ResultsFixture.*;

import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.Pages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** An athlete's page, and a NOC's medals, on their own page and as the section of the NOC page. */
@GamesIntegrationTest
class AthleteAndNocMedalsPageTests {

    @Autowired
    RestTestClient client;

    @Test
    void showsAnAthleteWithTheEventsEnteredAndTheResultsUnitByUnit() {
        JudoTournament.play(client);

        Document page = Pages.get(client, "/athletes/" + JudoTournament.CHAMPION + "?lang=en");

        assertThat(page.selectFirst("[data-testid=athlete-name]").text()).isEqualTo("RNA ATHLETE1 Ming");
        assertThat(page.selectFirst("[data-testid=athlete-facts]").text())
                .contains("Results A", "Man", "1 January 1999");
        assertThat(page.select("[data-testid=athlete-events] a").eachText())
                .contains("Men's -73 kg", "Men's high jump", "Men's -57 kg");
        Element semiFinal = page.selectFirst("[data-testid=athlete-result][data-unit=" + judo("SFNL", 1) + "]");
        assertThat(semiFinal.selectFirst("[data-testid=rank]").text()).isEqualTo("1");
        assertThat(semiFinal.selectFirst("a").attr("href")).isEqualTo("/results/units/" + judo("SFNL", 1));
        Element theFinal = page.selectFirst("[data-testid=athlete-result][data-unit=" + JudoTournament.FINAL + "]");
        assertThat(theFinal.selectFirst("[data-testid=mark]").text()).isEqualTo("10");
        assertThat(theFinal.selectFirst("[data-testid=medal-won]").attr("data-medal"))
                .isEqualTo("GOLD");
        assertThat(theFinal.selectFirst("[data-testid=result-status]").text()).isEqualTo("Official");
    }

    @Test
    void showsAnAthleteWithoutResultsInChinese() {
        Document page = Pages.get(client, "/athletes/8000002?lang=zh-CN");

        assertThat(page.selectFirst("[data-testid=athlete-facts]").text()).contains("迷你甲", "女", "1999年3月4日");
        assertThat(page.selectFirst("[data-testid=no-results]").text()).isEqualTo("尚无成绩。");
    }

    @Test
    void linksTheAthletesOfANocPageAndIncludesItsMedals() {
        Document noc = Pages.get(client, "/nocs/MGA");

        assertThat(noc.selectFirst("[data-athlete=8000001] a").attr("href")).isEqualTo("/athletes/8000001");
        Element medals = noc.selectFirst("[data-testid=noc-medals-include]");
        assertThat(medals.attr("hx-get")).isEqualTo("/nocs/MGA/medals/section");
        assertThat(medals.attr("hx-trigger")).isEqualTo("load");
        assertThat(medals.selectFirst("a").attr("href")).as("without script").isEqualTo("/nocs/MGA/medals");
    }

    @Test
    void listsTheMedalsOfANocByEvent() {
        JudoTournament.play(client);

        Document page = Pages.get(client, "/nocs/RNA/medals?lang=en");

        assertThat(page.selectFirst("[data-testid=noc-link]").attr("href")).isEqualTo("/nocs/RNA");
        Element judo = page.selectFirst("[data-testid=event-medals][data-event=" + JudoTournament.EVENT + "]");
        assertThat(judo.selectFirst("a").text()).isEqualTo("Men's -73 kg");
        assertThat(judo.select("[data-testid=noc-medal]"))
                .anySatisfy(medal -> assertThat(medal.attr("data-competitor") + ":" + medal.attr("data-medal"))
                        .isEqualTo(JudoTournament.CHAMPION + ":GOLD"));
        assertThat(Integer.parseInt(page.selectFirst("[data-testid=medal-counts] [data-medal=GOLD]")
                        .text()))
                .isPositive();

        Document section = Jsoup.parse(fragment("/nocs/RNA/medals/section"));
        assertThat(section.selectFirst("section#medals[data-testid=noc-medals]"))
                .isNotNull();
        assertThat(section.select("nav.main-nav")).isEmpty();
    }

    @Test
    void saysSoWhenANocHasNoMedals() {
        Document page = Pages.get(client, "/nocs/" + ResultsFixture.NOC_WITHOUT_ATHLETES + "/medals?lang=en");

        assertThat(page.selectFirst("[data-testid=no-medals]").text()).isEqualTo("No medals yet.");
    }

    @Test
    void answersUnknownAthletesAndNocsWithErrorPages() {
        Pages.get(client, "/athletes/9999999", 404);
        Pages.get(client, "/athletes/RNA-RFB", 404);
        Pages.get(client, "/nocs/XYZ/medals", 404);
        client.get().uri("/nocs/XYZ/medals/section").exchange().expectStatus().isNotFound();
    }

    private String fragment(String uri) {
        return client.get()
                .uri(uri)
                .accept(MediaType.TEXT_HTML)
                .header("HX-Request", "true")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
