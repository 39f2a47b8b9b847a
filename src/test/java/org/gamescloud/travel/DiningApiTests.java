package org.gamescloud.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class DiningApiTests {

    @Autowired
    RestTestClient client;

    record Eatery(
            String name,
            String cuisine,
            List<String> diets,
            double latitude,
            double longitude,
            int distanceMeters,
            int walkMinutes,
            double rating,
            String opens,
            String closes,
            boolean synthetic) {}

    @Test
    void listsHalalPlacesOpenAtLunchNearAVenue() {
        List<Eatery> eateries = eateries("/api/dining?near=RES-HALL&diet=halal&openAt=12:30&limit=5");
        assertThat(eateries).isNotEmpty().hasSizeLessThanOrEqualTo(5).allSatisfy(eatery -> {
            assertThat(eatery.diets()).contains("halal");
            assertThat(eatery.distanceMeters()).isLessThanOrEqualTo(2000);
            assertThat(eatery.synthetic()).isTrue();
        });
    }

    @Test
    void findsPlacesAroundCoordinatesNearestAndBestFirst() {
        List<Eatery> eateries = eateries("/api/dining?near=29.9,121.5&limit=100");
        assertThat(eateries).hasSizeGreaterThanOrEqualTo(20);
        Eatery first = eateries.get(0);
        Eatery last = eateries.get(eateries.size() - 1);
        assertThat(first.walkMinutes() - 4 * first.rating())
                .isLessThanOrEqualTo(last.walkMinutes() - 4 * last.rating());
        assertThat(eateries("/api/dining?near=0,0")).isEmpty();
    }

    @Test
    void rejectsALimitOutsideOneToAHundredAndUnknownDietsOrPlaces() {
        for (String query : List.of(
                "near=RES-HALL&limit=0",
                "near=RES-HALL&limit=101",
                "near=RES-HALL&diet=keto",
                "near=NO-SUCH-VENUE",
                "near=91,0",
                "near=RES-HALL&openAt=lunchtime")) {
            client.get()
                    .uri("/api/dining?" + query)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private List<Eatery> eateries(String uri) {
        return client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Eatery>>() {})
                .returnResult()
                .getResponseBody();
    }
}
