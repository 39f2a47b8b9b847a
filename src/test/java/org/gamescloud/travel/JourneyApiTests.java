package org.gamescloud.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Journeys on the hand-made fixture feed between the venues of the test datasets (Hangzhou and Ningbo). */
@GamesIntegrationTest
class JourneyApiTests {

    @Autowired
    RestTestClient client;

    record Leg(String mode, String route, String from, String to, String departure, String arrival) {}

    record Journey(String departure, String arrival, int transfers, List<Leg> legs) {

        List<String> modes() {
            return legs.stream().map(Leg::mode).toList();
        }
    }

    @BeforeEach
    void importFixture() {
        GtfsFixtures.importFixture(client);
    }

    @Test
    void takesTheShuttleMetroHighSpeedRailAndBusFromAHangzhouVenueToANingboVenue() {
        List<Journey> journeys =
                journeys("/api/travel/journeys?from=MINI-STA&to=RES-HALL&departAt=2023-09-27T09:00:00");

        assertThat(journeys).hasSize(1);
        Journey journey = journeys.get(0);
        assertThat(journey.modes()).containsExactly("WALK", "SHUTTLE", "METRO", "WALK", "RAIL", "WALK", "BUS", "WALK");
        assertThat(journey.legs().stream().map(Leg::route)).containsExactly("", "S1", "1", "", "G7501", "", "B1", "");
        assertThat(journey.transfers()).isEqualTo(3);
        assertThat(journey.legs().get(0).from()).isEqualTo("MINI-STA");
        assertThat(journey.legs().get(1).from()).isEqualTo("fx:HZ_VEN");
        assertThat(journey.legs().get(7).to()).isEqualTo("RES-HALL");
        assertThat(journey.legs().get(1).departure()).isEqualTo("2023-09-27T09:20:00+08:00");
        assertThat(journey.legs().get(4).departure()).isEqualTo("2023-09-27T10:10:00+08:00");
        assertThat(journey.arrival()).isEqualTo("2023-09-27T11:41:33+08:00");
    }

    @Test
    void walksBetweenPlatformsNoFasterThanTheFeedsMinimumTransferTime() {
        Journey journey = journeys("/api/travel/journeys?from=fx:HZ_M1&to=fx:NB&departAt=2023-09-27T09:00:00")
                .get(0);
        Leg change = journey.legs().get(1);
        assertThat(change)
                .isEqualTo(new Leg(
                        "WALK", "", "fx:HZ_M2", "fx:HZE", "2023-09-27T09:12:00+08:00", "2023-09-27T09:17:00+08:00"));
    }

    @Test
    void ridesANightBusRunningPastMidnightOnTheNextDay() {
        List<Journey> journeys =
                journeys("/api/travel/journeys?from=fx:HZ_M1&to=fx:HZ_M2&departAt=2023-09-28T00:00:00");
        assertThat(journeys).singleElement().satisfies(journey -> {
            assertThat(journey.legs()).singleElement().extracting(Leg::route).isEqualTo("N9");
            assertThat(journey.departure()).isEqualTo("2023-09-28T00:05:00+08:00");
            assertThat(journey.arrival()).isEqualTo("2023-09-28T00:40:00+08:00");
        });
    }

    @Test
    void offersEveryDepartureOverARangeOfSixtyMinutes() {
        List<Journey> journeys =
                journeys("/api/travel/journeys?from=fx:HZ_VEN&to=fx:HZ_M1&departAt=2023-09-27T09:00:00&window=60");
        assertThat(journeys)
                .extracting(Journey::departure)
                .containsExactly(
                        "2023-09-27T09:00:00+08:00",
                        "2023-09-27T09:20:00+08:00",
                        "2023-09-27T09:40:00+08:00",
                        "2023-09-27T10:00:00+08:00");
    }

    @Test
    void findsNoStepFreeJourneyWhenTheLastStopIsNotWheelchairAccessible() {
        assertThat(journeys("/api/travel/journeys?from=MINI-STA&to=RES-HALL&departAt=2023-09-27T09:00:00"
                        + "&wheelchair=true"))
                .isEmpty();
        List<Journey> stepFree =
                journeys("/api/travel/journeys?from=fx:HZ_M1&to=fx:NB&departAt=2023-09-27T09:00:00&wheelchair=true");
        assertThat(stepFree.get(0).legs().get(2).departure())
                .as("the 10:10 train is not accessible, the 11:10 is")
                .isEqualTo("2023-09-27T11:10:00+08:00");
    }

    @Test
    void answersAnEmptyListWhenNothingConnects() {
        assertThat(journeys("/api/travel/journeys?from=0,0&to=RES-HALL&departAt=2023-09-27T09:00:00"))
                .isEmpty();
    }

    @Test
    void walksWhenTheDestinationIsCloseBy() {
        List<Journey> journeys =
                journeys("/api/travel/journeys?from=30.2,120.2&to=fx:HZ_VEN&departAt=2023-09-27T09:00");
        assertThat(journeys).singleElement().satisfies(journey -> {
            assertThat(journey.modes()).containsExactly("WALK");
            assertThat(journey.arrival()).isEqualTo("2023-09-27T09:01:33+08:00");
        });
    }

    @Test
    void rejectsUnknownPlacesAndImpossibleCoordinates() {
        for (String query : List.of(
                "from=NO-SUCH-VENUE&to=RES-HALL",
                "from=fx:NO_SUCH_STOP&to=RES-HALL",
                "from=95.0,120.0&to=RES-HALL",
                "from=30.2,200&to=RES-HALL",
                "from=MINI-STA&to=RES-HALL&departAt=tomorrow",
                "from=MINI-STA&to=RES-HALL&window=500")) {
            client.get()
                    .uri("/api/travel/journeys?" + query)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void getsASpectatorToTheirSessionBeforeItStarts() {
        List<Journey> journeys = journeys("/api/travel/sessions/RES-HALL-0928/journeys?from=fx:NB&direction=to");
        assertThat(journeys).singleElement().satisfies(journey -> {
            assertThat(journey.modes()).containsExactly("WALK", "BUS", "WALK");
            assertThat(journey.departure()).isEqualTo("2023-09-28T06:58:00+08:00");
            assertThat(journey.arrival()).isEqualTo("2023-09-28T07:26:33+08:00");
        });
    }

    @Test
    void getsASpectatorHomeAfterALateSessionOnANightBus() {
        List<Journey> journeys = journeys("/api/travel/sessions/RES-POOL-0928/journeys?from=fx:HZ_M2&direction=from");
        assertThat(journeys).singleElement().satisfies(journey -> {
            assertThat(journey.legs()).extracting(Leg::route).containsExactly("", "N9");
            assertThat(journey.arrival()).isEqualTo("2023-09-29T00:40:00+08:00");
        });
        client.get()
                .uri("/api/travel/sessions/NO-SUCH-SESSION/journeys?from=fx:HZ_M2")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private List<Journey> journeys(String uri) {
        return client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<List<Journey>>() {})
                .returnResult()
                .getResponseBody();
    }
}
