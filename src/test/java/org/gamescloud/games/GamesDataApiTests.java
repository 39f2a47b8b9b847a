package org.gamescloud.games;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class GamesDataApiTests {

    private static final String HEAT = "MATM100M--------------HEAT000100--";

    @Autowired
    RestTestClient client;

    @Test
    void listsNocsVenuesAndEventsOfTheLoadedDataset() {
        client.get()
                .uri("/api/nocs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.code == 'MGA')].name")
                .isEqualTo("Mini Games A")
                .jsonPath("$[?(@.code == 'MGA')].nameZh")
                .isEqualTo("迷你甲");
        client.get()
                .uri("/api/venues")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.code == 'MINI-STA')].name")
                .isEqualTo("Mini Stadium, \"the Bowl\"")
                .jsonPath("$[?(@.code == 'MINI-STA')].capacity")
                .isEqualTo(1000);
        client.get()
                .uri("/api/events")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.code == 'MATM100M--------------')].scoring")
                .isEqualTo("TIME");
    }

    @Test
    void schedulesSessionsOfAGamesLocalDayWithTheirUnits() {
        client.get()
                .uri("/api/schedule?date=2023-09-24&venue=MINI-STA")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Total-Count", "2")
                .expectBody()
                .jsonPath("$[0].code")
                .isEqualTo("MAT-0924-M")
                .jsonPath("$[0].start")
                .isEqualTo("2023-09-24T08:30:00+08:00")
                .jsonPath("$[0].units[0].code")
                .isEqualTo(HEAT)
                .jsonPath("$[1].units[0].medal")
                .isEqualTo("GOLD");
    }

    @Test
    void pagesTheSchedule() {
        client.get()
                .uri("/api/schedule?date=2023-09-24&venue=MINI-STA&page=1&size=1")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Total-Count", "2")
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(1)
                .jsonPath("$[0].code")
                .isEqualTo("MAT-0924-E");
    }

    @Test
    void listsTheEntrantsOfAnEventWithTheirNoc() {
        client.get()
                .uri("/api/events/{code}/entries", "MATM100M--------------")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.code == '8000001')].noc")
                .isEqualTo("MGA")
                .jsonPath("$[?(@.code == '8000003')].noc")
                .isEqualTo("MGB")
                .jsonPath("$[?(@.code == '8000003')].kind")
                .isEqualTo("ATHLETE");
        client.get()
                .uri("/api/events/{code}/entries", "NO-SUCH-EVENT")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void refusesAPageSizeOverTheLimit() {
        client.get()
                .uri("/api/athletes?size=1001")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("size must be between 1 and 1000, was 1001");
    }

    @Test
    void createsAnAthleteWithAGeneratedIdAndEntersHerInAnEvent() {
        String id = client.post()
                .uri("/api/admin/athletes")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "ZHANG Yufei", "noc", "MGA", "gender", "W", "birthDate", "1998-04-19"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .toString();
        client.get()
                .uri("/api/athletes/{id}", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("ZHANG Yufei")
                .jsonPath("$.noc")
                .isEqualTo("MGA");
    }

    @Test
    void refusesAnAthleteOfAnUnknownNocAndCreatesNothing() {
        client.post()
                .uri("/api/admin/athletes")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("id", "7770001", "name", "Nobody", "noc", "XXX", "gender", "M"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Unknown NOC XXX");
        client.get().uri("/api/athletes/7770001").exchange().expectStatus().isNotFound();
    }

    @Test
    void refusesADuplicateEventCodeWithAConflict() {
        Map<String, Object> event = Map.of(
                "code", "MATW200M--------------",
                "name", "Women's 200 m",
                "discipline", "MAT",
                "gender", "W",
                "scoring", "TIME");
        client.post()
                .uri("/api/admin/events")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(event)
                .exchange()
                .expectStatus()
                .isCreated();
        client.post()
                .uri("/api/admin/events")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(event)
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("An event with the code MATW200M-------------- exists already");
    }

    @Test
    void createsAUnitAndASessionHoldingIt() {
        String unit = "MATM100M--------------SFNL000100--";
        client.post()
                .uri("/api/admin/units")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "code", unit,
                        "eventCode", "MATM100M--------------",
                        "phase", "SFNL",
                        "venueCode", "MINI-STA",
                        "start", "2023-09-26T14:00:00+08:00"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.start")
                .isEqualTo("2023-09-26T14:00:00+08:00");
        client.post()
                .uri("/api/admin/sessions")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "code", "MAT-0926-A",
                        "venueCode", "MINI-STA",
                        "start", "2023-09-26T13:30:00+08:00",
                        "end", "2023-09-26T16:00:00+08:00",
                        "units", List.of(unit)))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.units[0].code")
                .isEqualTo(unit);
    }

    @Test
    void refusesASessionWhoseUnitIsAlreadyInAnother() {
        client.post()
                .uri("/api/admin/sessions")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "code", "MAT-DOUBLE",
                        "venueCode", "MINI-STA",
                        "start", "2023-09-24T08:00:00+08:00",
                        "end", "2023-09-24T12:00:00+08:00",
                        "units", List.of(HEAT)))
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        client.get().uri("/api/sessions/MAT-DOUBLE").exchange().expectStatus().isNotFound();
    }

    @Test
    void createsATeamOfAthletesOfItsNoc() {
        client.post()
                .uri("/api/admin/teams")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "code",
                        "MGB-RELAY",
                        "name",
                        "Mini Games B",
                        "noc",
                        "MGB",
                        "members",
                        List.of("8000003", "8000004")))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.gender")
                .isEqualTo("X");
        client.post()
                .uri("/api/admin/teams")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "MGA-MIXED", "name", "Mixed", "noc", "MGA", "members", List.of("8000003")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Athlete 8000003 belongs to MGB, not MGA");
    }

    @Test
    void answersEveryKindOfBadRequestWithAProblem() {
        client.get()
                .uri("/api/venues/NOPE")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("No venue NOPE");
        client.get()
                .uri("/api/no-such-endpoint")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.delete()
                .uri("/api/nocs")
                .headers(TestUsers::asAdmin)
                .exchange()
                .expectStatus()
                .isEqualTo(405)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.post()
                .uri("/api/admin/events")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.TEXT_PLAIN)
                .body("hello")
                .exchange()
                .expectStatus()
                .isEqualTo(415)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.post()
                .uri("/api/admin/events")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"code\": ")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.post()
                .uri("/api/admin/events")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "lower case", "name", "x", "discipline", "MAT", "gender", "Q", "scoring", "TIME"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get()
                .uri("/api/schedule?date=yesterday")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void keepsAdminCreationForAdministrators() {
        client.post()
                .uri("/api/admin/events")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of())
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        String spectator = TestUsers.create(client, List.of("SPECTATOR"), List.of());
        client.post()
                .uri("/api/admin/events")
                .headers(headers -> headers.setBasicAuth(spectator, "password123"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of())
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(spectator).isNotBlank();
    }
}
