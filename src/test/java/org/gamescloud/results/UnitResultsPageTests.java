package org.gamescloud.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.results.ResultsFixture.*;

import java.util.List;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.Pages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class UnitResultsPageTests {

    @Autowired
    RestTestClient client;

    @Test
    void showsTheRankedResultsWithTheirMedalsOnceOfficial() {
        JudoTournament.play(client);

        Document page = Pages.get(client, "/results/units/" + JudoTournament.FINAL + "?lang=en");

        assertThat(page.selectFirst("[data-testid=event-link]").attr("href"))
                .isEqualTo("/results/events/" + JudoTournament.EVENT);
        assertThat(page.selectFirst("[data-testid=unit-facts]").text())
                .contains("Men's -73 kg", "Results Hall", "Thu 28 Sep 16:00");
        Element live = page.selectFirst("#unit-live");
        assertThat(live.selectFirst("[data-testid=result-status]").attr("data-status"))
                .isEqualTo("OFFICIAL");
        assertThat(live.selectFirst("[data-testid=schedule-status]").text()).isEqualTo("Finished");
        assertThat(live.selectFirst("[data-testid=revision]").text()).startsWith("Revision 4");
        assertThat(live.attr("hx-trigger"))
                .as("an official unit is not polled, only reloaded on a pushed correction")
                .isEqualTo("sse:result");

        List<Element> rows = live.select("[data-testid=result]");
        assertThat(rows)
                .extracting(row -> row.attr("data-competitor"))
                .containsExactly(JudoTournament.CHAMPION, JudoTournament.RUNNER_UP);
        Element champion = rows.get(0);
        assertThat(champion.selectFirst("[data-testid=rank]").text()).isEqualTo("1");
        assertThat(champion.selectFirst("[data-testid=mark]").text()).isEqualTo("10");
        assertThat(champion.selectFirst("[data-testid=medal-won]").attr("data-medal"))
                .isEqualTo("GOLD");
        assertThat(champion.selectFirst("a[data-testid=competitor]").attr("href"))
                .isEqualTo("/athletes/" + JudoTournament.CHAMPION);
        assertThat(champion.selectFirst("[data-testid=competitor]").text()).isEqualTo("ATHLETE1 Ming");
        assertThat(champion.selectFirst("[data-testid=noc-badge]").text()).isEqualTo("RNA");
        assertThat(champion.selectFirst("[data-testid=noc-badge]").attr("title"))
                .isEqualTo("Results A");
        assertThat(rows.get(1).selectFirst("[data-testid=rank]").text()).isEqualTo("2");
        assertThat(rows.get(1).selectFirst("[data-testid=medal-won]").text()).isEqualTo("Silver");
    }

    @Test
    void listsTheHistoryNewestFirstWithTheCorrectionAndItsNote() {
        JudoTournament.play(client);

        Document page = Pages.get(client, "/results/units/" + JudoTournament.FINAL + "?lang=en");

        List<Element> revisions = page.select("[data-testid=history] [data-testid=revision-entry]");
        assertThat(revisions).extracting(entry -> entry.attr("data-revision")).containsExactly("4", "3", "2", "1");
        assertThat(revisions)
                .extracting(entry ->
                        entry.selectFirst("[data-testid=result-status]").attr("data-status"))
                .containsExactly("OFFICIAL", "OFFICIAL", "LIVE", "START_LIST");
        assertThat(revisions.get(0).selectFirst("[data-testid=correction]").text())
                .isEqualTo("Correction");
        assertThat(revisions.get(0).selectFirst("[data-testid=note]").text()).isEqualTo(JudoTournament.CORRECTION_NOTE);
        assertThat(revisions.get(1).selectFirst("[data-testid=correction]")).isNull();
    }

    @Test
    void pollsTheResultsOfATeamMatchWhileItIsLive() {
        String match = football(2);
        ResultsFixture hall = new ResultsFixture(client, List.of(HALL));
        hall.post(match, message(1, "START_LIST", startList("RNA-RFB", "RNB-RFB")))
                .expectStatus()
                .isOk();
        hall.post(match, message(2, "LIVE", List.of(line("RNA-RFB", "1"), line("RNB-RFB", "0"))))
                .expectStatus()
                .isOk();

        Document page = Pages.get(client, "/results/units/" + match + "?lang=en");

        Element live = page.selectFirst("#unit-live");
        assertThat(live.attr("hx-get")).isEqualTo("/results/units/" + match + "/live");
        assertThat(live.attr("hx-trigger")).isEqualTo("sse:result, every 30s");
        assertThat(live.selectFirst("[data-testid=result-status]").text()).isEqualTo("Live");
        assertThat(live.select("[data-testid=result] [data-testid=competitor]").eachText())
                .containsExactly("Results A", "Results B");
        assertThat(live.select("a[data-testid=competitor]"))
                .as("teams have no page")
                .isEmpty();

        Document update = Jsoup.parse(fragment("/results/units/" + match + "/live"));
        assertThat(update.selectFirst("#unit-live").attr("hx-trigger")).isEqualTo("sse:result, every 30s");
        assertThat(update.selectFirst("#history-list").attr("hx-swap-oob")).isEqualTo("true");
        assertThat(update.select("header, nav.main-nav"))
                .as("only the live part")
                .isEmpty();
    }

    @Test
    void showsAStartListBeforeTheCompetition() {
        ResultsFixture hall = new ResultsFixture(client, List.of(HALL));
        hall.post(HIGH_JUMP_FINAL, message(1, "START_LIST", startList(man(1), man(2), man(3))))
                .expectStatus()
                .isOk();

        Document page = Pages.get(client, "/results/units/" + HIGH_JUMP_FINAL + "?lang=en");

        assertThat(page.selectFirst("[data-testid=result-status]").text()).isEqualTo("Start list");
        assertThat(page.selectFirst("[data-testid=schedule-status]").text()).isEqualTo("Getting ready");
        assertThat(page.select("[data-testid=result]")).hasSize(3);
        assertThat(page.select("[data-testid=rank]")).extracting(Element::text).containsOnly("");
        assertThat(page.selectFirst("h1 .medal-gold")).as("a gold medal unit").isNotNull();
    }

    @Test
    void saysSoWhenAUnitHasNoResultsYet() {
        Document page = Pages.get(client, "/results/units/" + football(6) + "?lang=zh-CN");

        assertThat(page.selectFirst("[data-testid=no-results]").text()).isEqualTo("尚无成绩。");
        assertThat(page.selectFirst("[data-testid=result-status]").attr("data-status"))
                .isEqualTo("NONE");
        assertThat(page.selectFirst("[data-testid=schedule-status]").text()).isEqualTo("已排期");
        assertThat(page.selectFirst("#unit-live").attr("hx-trigger")).isEqualTo("sse:result, every 30s");
        assertThat(page.select("[data-testid=revision-entry]")).isEmpty();
    }

    @Test
    void answersAnUnknownUnitWithAnErrorPage() {
        Pages.get(client, "/results/units/NO-SUCH-UNIT", 404);
        Pages.get(client, "/results/units/no such unit", 404);
        client.get()
                .uri("/results/units/NO-SUCH-UNIT/live")
                .exchange()
                .expectStatus()
                .isNotFound();
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
