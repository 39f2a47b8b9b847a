package org.gamescloud.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class MedalTablePageTests {

    @Autowired
    RestTestClient client;

    @BeforeEach
    void awardSomeMedals() {
        JudoTournament.play(client);
    }

    @Test
    void listsTheNocsInTheOfficialOrderWithTheirRanks() {
        List<Map<String, Object>> official = client.get()
                .uri("/api/medals")
                .exchange()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();

        Document page = Pages.get(client, "/medals?lang=en");

        List<Element> rows = page.select("[data-testid=standing]");
        assertThat(rows)
                .extracting(row -> row.attr("data-noc"))
                .containsExactlyElementsOf(
                        official.stream().map(row -> row.get("noc").toString()).toList());
        assertThat(rows)
                .extracting(row -> row.selectFirst(".rank").text())
                .containsExactlyElementsOf(
                        official.stream().map(row -> row.get("rank").toString()).toList());
        Element first = rows.get(0);
        assertThat(first.selectFirst(".gold").text())
                .isEqualTo(official.get(0).get("gold").toString());
        assertThat(first.selectFirst(".total").text())
                .isEqualTo(official.get(0).get("total").toString());
        Element rna = page.selectFirst("[data-testid=standing][data-noc=RNA]");
        assertThat(rna.selectFirst(".noc-name").text()).isEqualTo("Results A");
        assertThat(rna.selectFirst("a.noc-link").attr("href")).isEqualTo("/nocs/RNA/medals");
        assertThat(rna.selectFirst(".noc-badge").attr("style")).startsWith("background-color: hsl(");
        assertThat(rna.selectFirst("svg.medal-bar rect.bar-gold").attr("width")).isEqualTo(rna.attr("data-gold"));
    }

    @Test
    void sortsByTotalOrByNameThroughLinks() {
        Document page = Pages.get(client, "/medals?lang=en");

        assertThat(page.select("[data-testid=sort-links] a").eachAttr("href"))
                .containsExactly("/medals?sort=gold", "/medals?sort=total", "/medals?sort=name");
        assertThat(page.selectFirst("[data-testid=sort-links] [aria-current=true]")
                        .attr("data-sort"))
                .isEqualTo("gold");

        Document byTotal = Pages.get(client, "/medals?sort=total&lang=en");
        List<Integer> totals = byTotal.select("[data-testid=standing]").stream()
                .map(row -> Integer.parseInt(row.attr("data-total")))
                .toList();
        assertThat(totals).isSortedAccordingTo((a, b) -> b - a);
        assertThat(byTotal.selectFirst("[data-testid=sort-links] [aria-current=true]")
                        .attr("data-sort"))
                .isEqualTo("total");
        assertThat(byTotal.selectFirst("#medal-table").attr("hx-get")).isEqualTo("/medals/table?sort=total");

        Document byName = Pages.get(client, "/medals?sort=name&lang=zh-CN");
        List<String> names = byName.select("[data-testid=standing] .noc-name").eachText();
        assertThat(names).contains("成绩A").isSortedAccordingTo(Collator.getInstance(Locale.SIMPLIFIED_CHINESE));
        Pages.get(client, "/medals?sort=silver", 400);
    }

    @Test
    void pollsTheTableEveryFewSeconds() {
        Document page = Pages.get(client, "/medals");

        Element table = page.selectFirst("#medal-table");
        assertThat(table.attr("hx-get")).isEqualTo("/medals/table?sort=gold");
        assertThat(table.attr("hx-trigger")).isEqualTo("sse:medals, every 60s");
        assertThat(table.attr("hx-swap")).isEqualTo("outerHTML");
        assertThat(page.selectFirst("#nav-medals[aria-current=page]")).isNotNull();

        Document update = Pages.get(client, "/medals/table?sort=total");
        assertThat(update.selectFirst("#medal-table").attr("data-sort")).isEqualTo("total");
        assertThat(update.select("nav.main-nav")).isEmpty();
    }
}
