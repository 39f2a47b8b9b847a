package org.gamescloud.travel.internal.gtfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gamescloud.travel.GtfsFixtures;
import org.junit.jupiter.api.Test;

class GtfsFeedReaderTests {

    @Test
    void readsTheFixtureThroughItsQuirks() {
        GtfsFeed feed = GtfsFeedReader.read("fx", GtfsFiles.fromFolder(GtfsFixtures.folder("fixture")));

        assertThat(feed.stops().get(0).id())
                .as("BOM dropped from the first header")
                .isEqualTo("HZ_VEN");
        assertThat(feed.stops().get(0).name()).as("quoted comma").isEqualTo("Olympic Centre, North Gate");
        GtfsFeed.Stop platforms = feed.stops().get(4);
        assertThat(platforms.name()).as("spaces trimmed").isEqualTo("Hangzhou East Railway Station platforms");
        assertThat(platforms.wheelchair())
                .as("inherited from the parent station")
                .isEqualTo(1);
        assertThat(feed.frequencies())
                .singleElement()
                .extracting(GtfsFeed.Frequency::headway)
                .isEqualTo(720);
        int nightBus = feed.trips().size() - 1;
        assertThat(feed.stopTimeArrival()[feed.tripStart()[nightBus + 1] - 1]).isEqualTo(24 * 3600 + 40 * 60);
        int weekday = feed.trips().stream()
                .filter(trip -> trip.id().startsWith("G7"))
                .findFirst()
                .orElseThrow()
                .service();
        assertThat(feed.services().runsOn(weekday, LocalDate.of(2023, 9, 27))).isTrue();
        assertThat(feed.services().runsOn(weekday, LocalDate.of(2023, 10, 2)))
                .as("removed")
                .isFalse();
        assertThat(feed.services().runsOn(weekday, LocalDate.of(2023, 9, 30)))
                .as("added Saturday")
                .isTrue();
        assertThat(feed.services().runsOn(weekday, LocalDate.of(2023, 10, 1))).isFalse();
    }

    @Test
    void readsHalifaxTransitWithItsFerries() {
        GtfsFeed feed = GtfsFeedReader.read("hfx", GtfsFiles.fromFolder(GtfsFixtures.folder("halifax-transit")));

        assertThat(feed.stops()).hasSize(2386);
        assertThat(feed.trips()).hasSize(9472);
        assertThat(feed.stopTimeCount()).isEqualTo(328_499);
        assertThat(feed.routes().stream().filter(route -> RouteTypes.modeOf(route.type()) == TransitMode.FERRY))
                .hasSize(2);
    }

    @Test
    void mapsBasicAndExtendedRouteTypesToModes() {
        assertThat(RouteTypes.modeOf(711)).isEqualTo(TransitMode.SHUTTLE);
        assertThat(RouteTypes.modeOf(700)).isEqualTo(TransitMode.BUS);
        assertThat(RouteTypes.modeOf(3)).isEqualTo(TransitMode.BUS);
        assertThat(RouteTypes.modeOf(1)).isEqualTo(TransitMode.METRO);
        assertThat(RouteTypes.modeOf(101)).isEqualTo(TransitMode.RAIL);
        assertThat(RouteTypes.modeOf(2)).isEqualTo(TransitMode.RAIL);
        assertThat(RouteTypes.modeOf(900)).isEqualTo(TransitMode.TRAM);
        assertThat(RouteTypes.modeOf(1000)).isEqualTo(TransitMode.FERRY);
        assertThat(RouteTypes.modeOf(4)).isEqualTo(TransitMode.FERRY);
        assertThat(RouteTypes.modeOf(99)).isNull();
    }

    @Test
    void readsOneDigitHoursAndTimesPastMidnight() {
        assertThat(GtfsTime.parse(" 8:05:00")).isEqualTo(8 * 3600 + 300);
        assertThat(GtfsTime.parse("25:30:00")).isEqualTo(25 * 3600 + 1800);
        assertThat(GtfsTime.parse("8:5:00")).isEqualTo(-1);
        assertThat(GtfsTime.parse("noon")).isEqualTo(-1);
    }
}
