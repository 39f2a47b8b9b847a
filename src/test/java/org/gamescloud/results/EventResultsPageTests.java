package org.gamescloud.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.results.ResultsFixture.*;

import java.util.List;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class EventResultsPageTests {

    @Autowired
    RestTestClient client;

    @Test
    void drawsTheKnockoutAsABracketWithTheFinalistsNames() {
        JudoTournament.play(client);

        Document page = Pages.get(client, "/results/events/" + JudoTournament.EVENT + "?lang=en");

        Element bracket = page.selectFirst("svg[data-testid=bracket]");
        assertThat(bracket).isNotNull();
        assertThat(bracket.select("[data-testid=bracket-round]").eachAttr("data-phase"))
                .containsExactly("SFNL", "FNL", "REP", "BRNZ");
        assertThat(bracket.select("[data-testid=contest]").eachAttr("data-unit"))
                .containsExactly(
                        judo("SFNL", 1),
                        judo("SFNL", 2),
                        JudoTournament.FINAL,
                        judo("REP", 1),
                        judo("REP", 2),
                        judo("BRNZ", 1),
                        JudoTournament.UNDECIDED_BRONZE);
        Element theFinal = bracket.selectFirst("[data-testid=contest][data-unit=" + JudoTournament.FINAL + "]");
        assertThat(theFinal.attr("href")).isEqualTo("/results/units/" + JudoTournament.FINAL);
        assertThat(theFinal.text()).contains("ATHLETE1 Ming", "ATHLETE3 Ming", "10", "0");
        assertThat(theFinal.selectFirst(".is-winner").attr("data-competitor")).isEqualTo(JudoTournament.CHAMPION);
        Element undecided =
                bracket.selectFirst("[data-testid=contest][data-unit=" + JudoTournament.UNDECIDED_BRONZE + "]");
        assertThat(undecided.text()).contains("ATHLETE4 Ming", "ATHLETE5 Ming");
        assertThat(undecided.select(".is-winner")).isEmpty();
        assertThat(bracket.select("path.bracket-link"))
                .as("two semi-finals into the final, two repechages into the bronze contests")
                .hasSize(4);
    }

    @Test
    void listsThePhasesAndUnitsWithTheirWinnersAndTheMedallists() {
        JudoTournament.play(client);

        Document page = Pages.get(client, "/results/events/" + JudoTournament.EVENT + "?lang=en");

        assertThat(page.selectFirst("[data-testid=event-name]").text()).isEqualTo("Men's -73 kg");
        assertThat(page.select("[data-testid=phase]").eachAttr("data-phase"))
                .containsExactly("SFNL", "REP", "BRNZ", "FNL");
        Element theFinal = page.selectFirst("[data-testid=event-unit][data-unit=" + JudoTournament.FINAL + "]");
        assertThat(theFinal.selectFirst("a.unit-link").attr("href"))
                .isEqualTo("/results/units/" + JudoTournament.FINAL);
        assertThat(theFinal.selectFirst("[data-testid=result-status]").text()).isEqualTo("Official");
        assertThat(theFinal.selectFirst("[data-testid=winner]").text()).contains("ATHLETE1 Ming");
        Element undecided =
                page.selectFirst("[data-testid=event-unit][data-unit=" + JudoTournament.UNDECIDED_BRONZE + "]");
        assertThat(undecided.selectFirst("[data-testid=winner]")).isNull();
        List<String> medallists = page.select("[data-testid=medallist]").stream()
                .map(medallist -> medallist.attr("data-competitor") + ":" + medallist.attr("data-medal"))
                .toList();
        assertThat(medallists).contains(JudoTournament.CHAMPION + ":GOLD", JudoTournament.RUNNER_UP + ":SILVER");
        assertThat(page.selectFirst("[data-testid=medallist] a[data-testid=competitor]")
                        .attr("href"))
                .startsWith("/athletes/");
    }

    @Test
    void drawsNoBracketForAGroupStage() {
        Document page = Pages.get(client, "/results/events/" + FOOTBALL_EVENT + "?lang=zh-CN");

        assertThat(page.selectFirst("svg[data-testid=bracket]")).isNull();
        assertThat(page.select("[data-testid=event-unit]")).hasSize(12);
        assertThat(page.selectFirst("[data-testid=medallists]").text()).contains("尚未颁发奖牌。");
    }

    @Test
    void answersAnUnknownEventWithAnErrorPage() {
        Pages.get(client, "/results/events/NO-SUCH-EVENT", 404);
        Pages.get(client, "/results/events/no such event", 404);
    }
}
