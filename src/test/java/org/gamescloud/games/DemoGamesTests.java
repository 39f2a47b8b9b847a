package org.gamescloud.games;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The demo Games as shipped (Hangzhou 2022): its programme, venues and peak day, through the API and the pages. Runs
 * in the {@code demo-dataset} test execution, which loads only the demo dataset.
 */
@GamesIntegrationTest
@Tag("demo")
class DemoGamesTests {

    @Autowired
    RestTestClient client;

    @Test
    void servesTheFortyFiveNocsOfTheOlympicCouncilOfAsia() {
        List<Map<String, Object>> nocs = list("/api/nocs");
        assertThat(nocs).hasSize(45).anySatisfy(noc -> {
            assertThat(noc.get("code")).isEqualTo("CHN");
            assertThat(noc.get("nameZh")).isEqualTo("中国");
        });
    }

    @Test
    void servesThe481EventsOfHangzhou2022InEveryScoringFamily() {
        List<Map<String, Object>> events = list("/api/events");
        assertThat(events).hasSize(481);
        assertThat(events)
                .extracting(event -> event.get("scoring"))
                .contains(
                        "TIME",
                        "DISTANCE",
                        "HEIGHT",
                        "POINTS_HIGH",
                        "POINTS_LOW",
                        "JUDGED",
                        "HEAD_TO_HEAD",
                        "ROUND_ROBIN");
        assertThat(events)
                .allSatisfy(event -> assertThat(event.get("code").toString()).hasSize(OdfCode.EVENT_CODE_LENGTH));
    }

    @Test
    void servesTheMainStadiumAtItsRealCoordinates() {
        client.get()
                .uri("/api/venues/HOSC-STA")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.city")
                .isEqualTo("Hangzhou")
                .jsonPath("$.latitude")
                .isEqualTo(30.23161)
                .jsonPath("$.capacity")
                .isEqualTo(80000)
                .jsonPath("$.locationEstimated")
                .isEqualTo(false);
    }

    @Test
    void placesEveryVenueInOneOfTheSixHostCities() {
        assertThat(list("/api/venues"))
                .extracting(venue -> venue.get("city"))
                .containsOnly("Hangzhou", "Ningbo", "Wenzhou", "Huzhou", "Shaoxing", "Jinhua");
    }

    @Test
    void holdsAboutFourHundredUnitsOnThePeakDayOf27September() {
        List<Map<String, Object>> sessions = list("/api/schedule?date=2023-09-27&size=1000");
        long units = sessions.stream()
                .mapToLong(session -> ((List<?>) session.get("units")).size())
                .sum();
        long venues = sessions.stream()
                .map(session -> session.get("venue"))
                .distinct()
                .count();
        assertThat(units).isBetween(350L, 450L);
        assertThat(venues).isBetween(30L, 40L);
    }

    @Test
    void entersAboutTwelveThousandAthletes() {
        String total = client.get()
                .uri("/api/athletes?size=1")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult()
                .getResponseHeaders()
                .getFirst("X-Total-Count");
        assertThat(Long.parseLong(total)).isBetween(11_000L, 13_000L);
    }

    @Test
    void schedulesTheMens100mFinalAsAGoldMedalUnitWithAnOdfCode() {
        List<Map<String, Object>> units = client
                .get()
                .uri("/api/events/ATHM100M--------------")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .entrySet()
                .stream()
                .filter(entry -> entry.getKey().equals("units"))
                .map(entry -> (List<Map<String, Object>>) entry.getValue())
                .findFirst()
                .orElseThrow();
        assertThat(units).extracting(unit -> unit.get("phase")).contains("HEAT", "SFNL", "FNL");
        assertThat(units)
                .filteredOn(unit -> "GOLD".equals(unit.get("medal")))
                .singleElement()
                .satisfies(unit -> assertThat(unit.get("code")).isEqualTo("ATHM100M--------------FNL-000100--"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/schedule",
                "/schedule?date=2023-09-27&venue=HOSC-AQU",
                "/venues",
                "/venues/HOSC-STA",
                "/nocs",
                "/nocs/CHN",
                "/nocs/CHN?page=9",
                "/?lang=zh-CN"
            })
    void servesEveryPageOfTheDemoGames(String page) {
        client.get().uri(page).exchange().expectStatus().isOk();
    }

    private List<Map<String, Object>> list(String uri) {
        return client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
    }
}
