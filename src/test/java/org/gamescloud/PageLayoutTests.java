package org.gamescloud;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Every page shares one layout: language, navigation, Games clock, language switch. */
@GamesIntegrationTest
class PageLayoutTests {

    @Autowired
    RestTestClient client;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/schedule",
                "/medals",
                "/venues",
                "/venues/MINI-STA",
                "/nocs",
                "/nocs/MGA",
                "/nocs/MGA/medals",
                "/athletes/8000001",
                "/results/events/MATM100M--------------",
                "/results/units/MATM100M--------------FNL-000100--",
                "/travel",
                "/login",
                "/signup"
            })
    void everyPageHasTheLayoutInEnglishAndInChinese(String path) {
        TestClock.set(client, TestClock.FIRST_DAY_MORNING);

        Document english = Pages.get(client, path + "?lang=en");
        Document chinese = Pages.get(client, path + "?lang=zh-CN");

        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("nav.main-nav a").eachText())
                .containsExactly(
                        "Home",
                        "Schedule",
                        "Medals",
                        "Venues",
                        "Tickets",
                        "Travel",
                        "NOCs",
                        "Verify",
                        "API docs",
                        "Sign in");
        assertThat(english.selectFirst("#nav-api").attr("href")).isEqualTo("/swagger-ui.html");
        assertThat(english.selectFirst("[data-testid=brand]").text()).contains("games-cloud", "mini-games");
        assertThat(english.selectFirst(".games-time").text()).isEqualTo("Games time Sun 24 Sep 09:05");
        assertThat(english.selectFirst("[data-testid=lang-zh]").attr("href")).isEqualTo(path + "?lang=zh-CN");
        assertThat(english.select("main#main")).hasSize(1);
        assertThat(chinese.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(chinese.select("nav.main-nav a").eachText()).startsWith("首页", "赛程", "奖牌榜", "场馆", "门票", "出行", "代表团");
        assertThat(chinese.selectFirst("[data-testid=brand]").text()).contains("迷你运动会");
        assertThat(chinese.selectFirst("[data-testid=lang-en]").attr("href")).isEqualTo(path + "?lang=en");
    }

    @Test
    void remembersTheLanguageInACookie() {
        client.get()
                .uri("/venues?lang=zh-CN")
                .exchange()
                .expectHeader()
                .value(HttpHeaders.SET_COOKIE, cookie -> assertThat(cookie).startsWith("games-lang=zh-CN"));
    }

    @Test
    void answersAnUnknownAddressWithAPageInTheLayout() {
        Document page = Pages.get(client, "/no-such-page?lang=zh-CN", 404);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.selectFirst("h1").text()).isEqualTo("找不到该页面。");
        assertThat(page.selectFirst("[data-testid=lang-en]").attr("href")).isEqualTo("/no-such-page?lang=en");
    }

    @Test
    void servesTheStylesheetAndHtmx() {
        Document home = Pages.get(client, "/");

        String script = home.selectFirst("script[src*=htmx]").attr("src");
        assertThat(script).endsWith("/htmx.min.js");
        client.get().uri(script).exchange().expectStatus().isOk();
        client.get()
                .uri(home.selectFirst("link[rel=stylesheet]").attr("href"))
                .exchange()
                .expectStatus()
                .isOk();
    }
}
