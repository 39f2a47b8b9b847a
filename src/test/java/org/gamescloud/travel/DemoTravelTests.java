package org.gamescloud.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Journeys on the generated six-city feed, as the demo ships it: from the main stadium in Hangzhou to a venue in each
 * of the other five host cities, there is a journey, by high-speed rail to the far ones. Runs in the
 * {@code demo-dataset} test execution, which generates and imports the feed after start-up.
 */
@GamesIntegrationTest
@Tag("demo")
class DemoTravelTests {

    private static final String MAIN_STADIUM = "HOSC-STA";

    /** More than 100 km from Hangzhou: nobody takes a bus there when a G train takes an hour. */
    private static final List<String> FAR_CITIES = List.of("Ningbo", "Wenzhou", "Jinhua");

    @Autowired
    RestTestClient client;

    @Test
    void reachesAVenueOfEveryOtherHostCityAndTheFarOnesByHighSpeedRail() {
        Map<String, String> venueByCity = firstVenueOfEachCity();
        assertThat(venueByCity).containsKeys("Hangzhou", "Ningbo", "Wenzhou", "Huzhou", "Shaoxing", "Jinhua");
        venueByCity.remove("Hangzhou");

        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> !journeys(MAIN_STADIUM, venueByCity.get("Ningbo")).isEmpty());

        venueByCity.forEach((city, venue) -> {
            List<Map<String, Object>> journeys = journeys(MAIN_STADIUM, venue);
            assertThat(journeys).as("journeys to %s in %s", venue, city).isNotEmpty();
            assertThat(journeys)
                    .as("every journey to %s in %s leaves Hangzhou by rail or a Games shuttle", venue, city)
                    .allSatisfy(journey -> assertThat(modes(journey)).containsAnyOf("RAIL", "SHUTTLE"));
            if (FAR_CITIES.contains(city)) {
                assertThat(journeys)
                        .as("a journey to %s in %s takes the high-speed train", venue, city)
                        .anySatisfy(journey -> assertThat(modes(journey)).contains("RAIL"));
            }
            assertThat(journeys)
                    .allSatisfy(journey ->
                            assertThat(places(journey)).startsWith(MAIN_STADIUM).endsWith(venue));
        });
    }

    private List<Map<String, Object>> journeys(String from, String to) {
        return client.get()
                .uri("/api/travel/journeys?from={from}&to={to}&departAt=2023-09-27T09:00", from, to)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<String> modes(Map<String, Object> journey) {
        return ((List<Map<String, Object>>) journey.get("legs"))
                .stream().map(leg -> (String) leg.get("mode")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> places(Map<String, Object> journey) {
        List<Map<String, Object>> legs = (List<Map<String, Object>>) journey.get("legs");
        return List.of((String) legs.get(0).get("from"), (String)
                legs.get(legs.size() - 1).get("to"));
    }

    private static Map<String, String> firstVenueOfEachCity() {
        try {
            String csv = new ClassPathResource("datasets/hangzhou2022/venues.csv")
                    .getContentAsString(StandardCharsets.UTF_8);
            Map<String, String> venueByCity = new TreeMap<>();
            csv.lines().skip(1).forEach(line -> {
                String code = line.substring(0, line.indexOf(','));
                for (String city : List.of("Hangzhou", "Ningbo", "Wenzhou", "Huzhou", "Shaoxing", "Jinhua")) {
                    if (line.contains("," + city + ",")) {
                        venueByCity.putIfAbsent(city, code);
                    }
                }
            });
            return venueByCity;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
