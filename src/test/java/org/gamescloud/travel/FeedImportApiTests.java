package org.gamescloud.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class FeedImportApiTests {

    @Autowired
    RestTestClient client;

    record Summary(String id, int stops, int routes, int trips) {}

    @Test
    void importsTheHandMadeFixtureAndCountsItsRows() {
        Summary summary = GtfsFixtures.upload(client, "fx", GtfsFixtures.zip("fixture"))
                .expectStatus()
                .isCreated()
                .expectBody(Summary.class)
                .returnResult()
                .getResponseBody();
        assertThat(summary).isEqualTo(new Summary("fx", 8, 5, 128));
    }

    @Test
    void importsARealFeedWithCrlfAndTimesPast24AndMakesItsStopsRoutable() {
        Summary summary = GtfsFixtures.upload(client, "bbb", GtfsFixtures.zip("santa-monica-bbb"))
                .expectStatus()
                .isCreated()
                .expectBody(Summary.class)
                .returnResult()
                .getResponseBody();
        assertThat(summary).isEqualTo(new Summary("bbb", 923, 20, 3563));

        List<Map<String, Object>> journeys = journeys("bbb:34", "bbb:38", "2020-03-04T08:00:00+08:00");
        assertThat(journeys).isNotEmpty();
        assertThat(journeys.get(0).get("arrival")).isEqualTo("2020-03-04T09:00:00+08:00");
    }

    @Test
    void replacesAFeedImportedUnderTheSameId() {
        GtfsFixtures.upload(client, "twice", GtfsFixtures.zip("google-sample-feed"))
                .expectStatus()
                .isCreated();
        Map<String, String> fewerRoutes = new HashMap<>();
        fewerRoutes.put("stops.txt", """
                stop_id,stop_name,stop_lat,stop_lon
                A,Alpha,30.2,120.2
                B,Beta,30.21,120.2
                """);
        fewerRoutes.put("routes.txt", "route_id,route_short_name,route_type\r\nR,R,3\r\n");
        fewerRoutes.put("trips.txt", "route_id,service_id,trip_id\nR,FULLW,T\n");
        fewerRoutes.put("stop_times.txt", """
                trip_id,arrival_time,departure_time,stop_id,stop_sequence
                T, 8:00:00, 8:00:00,A,1
                T,08:10:00,08:10:00,B,2
                """);
        fewerRoutes.put("frequencies.txt", null);
        Summary summary = GtfsFixtures.upload(client, "twice", GtfsFixtures.zip("google-sample-feed", fewerRoutes))
                .expectStatus()
                .isCreated()
                .expectBody(Summary.class)
                .returnResult()
                .getResponseBody();
        assertThat(summary).isEqualTo(new Summary("twice", 2, 1, 1));
        client.get()
                .uri("/api/travel/journeys?from=twice:STAGECOACH&to=twice:B&departAt=2008-01-02T08:00:00")
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void rejectsAFeedWithAMissingFileNamingTheFile() {
        problem(GtfsFixtures.zip("fixture", nullValue("stop_times.txt")))
                .jsonPath("$.file")
                .isEqualTo("stop_times.txt")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("required file missing"));
    }

    @Test
    void rejectsAFeedWithAMissingColumnNamingTheColumn() {
        problem(GtfsFixtures.zip("fixture", Map.of("routes.txt", "route_id,route_short_name\nR,1\n")))
                .jsonPath("$.file")
                .isEqualTo("routes.txt")
                .jsonPath("$.line")
                .isEqualTo(1)
                .jsonPath("$.field")
                .isEqualTo("route_type");
    }

    @Test
    void rejectsAStopTimeOfAnUnknownStopNamingTheLine() {
        String stopTimes = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\r\n"
                + "S1_0,07:00:00,07:00:00,HZ_VEN,1\r\n"
                + "S1_0,07:06:00,07:06:00,NOWHERE,2\r\n";
        problem(GtfsFixtures.zip("fixture", Map.of("stop_times.txt", stopTimes)))
                .jsonPath("$.file")
                .isEqualTo("stop_times.txt")
                .jsonPath("$.line")
                .isEqualTo(3)
                .jsonPath("$.field")
                .isEqualTo("stop_id")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("NOWHERE"));
    }

    @Test
    void rejectsATripWhoseTimesGoBackwards() {
        String stopTimes = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                + "S1_0,07:00:00,07:00:00,HZ_VEN,1\n"
                + "S1_0,06:59:00,07:06:00,HZ_M1,2\n";
        problem(GtfsFixtures.zip("fixture", Map.of("stop_times.txt", stopTimes)))
                .jsonPath("$.line")
                .isEqualTo(3)
                .jsonPath("$.field")
                .isEqualTo("arrival_time");
    }

    @Test
    void rejectsATripOfAnUnknownRoute() {
        problem(GtfsFixtures.zip("fixture", Map.of("trips.txt", "route_id,service_id,trip_id\nNOPE,DAILY,S1_0\n")))
                .jsonPath("$.file")
                .isEqualTo("trips.txt")
                .jsonPath("$.line")
                .isEqualTo(2)
                .jsonPath("$.field")
                .isEqualTo("route_id");
    }

    @Test
    void rejectsABodyThatIsNotAZip() {
        GtfsFixtures.upload(client, "junk", "stop_id,stop_name".getBytes())
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void letsOnlyAdminsImport() {
        String spectator = TestUsers.create(client, List.of("SPECTATOR"), List.of());
        client.post()
                .uri("/api/admin/travel/feeds/sneaky")
                .headers(headers -> headers.setBasicAuth(spectator, "password123"))
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(GtfsFixtures.zip("fixture"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private RestTestClient.BodyContentSpec problem(byte[] zip) {
        return GtfsFixtures.upload(client, "broken", zip)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
    }

    private static Map<String, String> nullValue(String file) {
        Map<String, String> replaced = new HashMap<>();
        replaced.put(file, null);
        return replaced;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> journeys(String from, String to, String departAt) {
        return client.get()
                .uri("/api/travel/journeys?from={from}&to={to}&departAt={at}", from, to, departAt)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(List.class)
                .returnResult()
                .getResponseBody();
    }
}
