package org.gamescloud.travel.internal.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-made test feed (src/test/resources/gtfs/two-cities) is a valid feed with the cases router tests need. */
class TwoCityFixtureTests {

    static Path feed;

    @BeforeAll
    static void locate() throws URISyntaxException {
        feed = Path.of(TwoCityFixtureTests.class
                        .getClassLoader()
                        .getResource("gtfs/two-cities/stops.txt")
                        .toURI())
                .getParent();
    }

    @Test
    void resolvesEveryReference() {
        FeedChecks.referencesResolve(feed);
    }

    @Test
    void neverGoesBackwardsInTimeAlongATrip() {
        FeedChecks.timesNeverGoBackwards(feed);
    }

    @Test
    void hasFootpathsOnlyWithinWalkingReach() {
        FeedChecks.footpathsStayWithinWalkingReach(feed, FeedChecks.stops(feed));
    }

    @Test
    void runsItsTrainsInTheTimesOfRailLinks() throws URISyntaxException {
        Path links = Path.of(getClass()
                .getClassLoader()
                .getResource("travel/sources/rail_links.csv")
                .toURI());

        assertThat(RailTimes.checkedLinks(feed, links))
                .containsExactlyInAnyOrder(
                        "Hangzhou East|Shaoxing North", "Hangzhou East|Ningbo", "Ningbo|Shaoxing North");
    }

    @Test
    void hasAMetroTripPastMidnightAShuttleToAVenueAndHighSpeedRailToNingbo() {
        List<Map<String, String>> stopTimes = GtfsFiles.rows(feed, "stop_times.txt");
        assertThat(stopTimes)
                .anySatisfy(row ->
                        assertThat(GtfsFiles.seconds(row.get("arrival_time"))).isGreaterThanOrEqualTo(24 * 3600));
        assertThat(stopTimes).anySatisfy(row -> assertThat(row.get("stop_id")).isEqualTo("V-HOSC-STA"));
        assertThat(stopTimes).anySatisfy(row -> assertThat(row.get("stop_id")).isEqualTo("RAIL-NINGBO"));
        assertThat(GtfsFiles.rows(feed, "routes.txt"))
                .extracting(row -> row.get("route_type"))
                .contains("1", "2", "3", "711");
    }
}
