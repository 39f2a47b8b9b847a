package org.gamescloud.games;

import static org.assertj.core.api.Assertions.assertThat;

import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.Pages;
import org.gamescloud.TestDatasets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class NocPagesTests {

    private static final String MANY = TestDatasets.NOC_WITH_MANY_ATHLETES;

    @Autowired
    RestTestClient client;

    @BeforeEach
    void loadANocWithManyAthletes() {
        TestDatasets.loadMiniPool(client);
    }

    @Test
    void listsTheNocsWithTheirAthleteCounts() {
        Document nocs = Pages.get(client, "/nocs");

        assertThat(nocs.select("[data-testid=noc]").eachAttr("data-noc")).startsWith("MGA", "MGB", MANY);
        assertThat(nocs.selectFirst("[data-noc=" + MANY + "]").text()).contains("Mini Games C", "120 athletes");
    }

    @Test
    void showsANocWithItsAthletesAndTeams() {
        Document noc = Pages.get(client, "/nocs/MGA");

        assertThat(noc.selectFirst("[data-testid=noc-name]").text()).isEqualTo("MGA Mini Games A");
        Element aaron = noc.selectFirst("[data-testid=athlete][data-athlete=8000001]");
        assertThat(aaron.text()).contains("ALPHA Aaron", "Man", "1998-01-02", "Men's 100 m");
        Element relay = noc.selectFirst("[data-testid=team][data-team=MGA-MATX4X100M-1]");
        assertThat(relay.text()).contains("Mixed 4 × 100 m relay", "ALPHA Aaron, BETA Bella");
        assertThat(noc.selectFirst("[data-testid=pager]")).as("one page only").isNull();
    }

    @Test
    void pagesTheAthletesAHundredAtATime() {
        Document first = Pages.get(client, "/nocs/" + MANY);

        assertThat(first.select("[data-testid=athlete]")).hasSize(100);
        assertThat(first.selectFirst("[data-testid=pager]").text()).contains("Page 1 of 2");
        assertThat(first.selectFirst("#previous-page")).isNull();
        assertThat(first.selectFirst("#next-page").attr("href")).isEqualTo("/nocs/" + MANY + "?page=2#athletes");

        Document second = Pages.get(client, "/nocs/" + MANY + "?page=2");

        assertThat(second.select("[data-testid=athlete]")).hasSize(20);
        assertThat(second.selectFirst("#previous-page").attr("href")).isEqualTo("/nocs/" + MANY + "?page=1#athletes");
        assertThat(second.selectFirst("#next-page")).isNull();
    }

    @Test
    void answersPagesThatDoNotExistWithErrorPages() {
        Pages.get(client, "/nocs/" + MANY + "?page=3", 404);
        Pages.get(client, "/nocs/" + MANY + "?page=0", 400);
        Pages.get(client, "/nocs/" + MANY + "?page=two", 400);
        Pages.get(client, "/nocs/XYZ", 404);
    }

    @Test
    void showsANocInChinese() {
        Document noc = Pages.get(client, "/nocs/MGA?lang=zh-CN");

        assertThat(noc.selectFirst("[data-testid=noc-name]").text()).isEqualTo("MGA 迷你甲");
        assertThat(noc.selectFirst("[data-athlete=8000001]").text()).contains("男", "男子100米");
    }
}
