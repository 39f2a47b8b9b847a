package org.gamescloud.travel.internal.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every generated six-city feed must satisfy, whatever its scale: generated once per class, read back with plain
 * CSV parsing as any GTFS consumer would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GeneratedFeedContract {

    Path feed;
    FeedSummary summary;
    FeedChecks.Stops stops;

    abstract FeedScale scale();

    @BeforeAll
    void generate() throws IOException {
        feed = Files.createTempDirectory("six-city-feed");
        Runtime runtime = Runtime.getRuntime();
        summary = SixCityFeedGenerator.write(feed, scale(), message -> {});
        System.out.printf(
                "Six-city feed generated (bus route factor %s): %s; heap in use %d MB%n",
                scale().busRouteFactor(), summary, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        stops = FeedChecks.stops(feed);
    }

    @AfterAll
    void deleteFeed() throws IOException {
        try (Stream<Path> files = Files.walk(feed)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void resolvesEveryReferenceToAStopRouteTripAndService() {
        FeedChecks.referencesResolve(feed);
    }

    @Test
    void neverGoesBackwardsInTimeAlongATrip() {
        FeedChecks.timesNeverGoBackwards(feed);
    }

    @Test
    void writesAsManyRowsAsItReports() {
        assertThat(stops.locations()).hasSize(summary.stops());
        assertThat(GtfsFiles.rows(feed, "routes.txt")).hasSize(summary.routes());
        assertThat(summary.tripsPerDay().keySet())
                .hasSize(20)
                .contains(LocalDate.of(2023, 9, 19), LocalDate.of(2023, 10, 8));
    }

    @Test
    void countsTheTripsOfEachServiceDayAsTheCalendarSays() {
        Map<String, Integer> tripsPerService = new HashMap<>();
        GtfsFiles.forEachRow(feed, "trips.txt", row -> tripsPerService.merge(row.get("service_id"), 1, Integer::sum));
        Map<LocalDate, Set<String>> services = activeServices();
        Map<LocalDate, Integer> counted = new TreeMap<>();
        services.forEach((day, running) -> counted.put(
                day,
                running.stream()
                        .mapToInt(s -> tripsPerService.getOrDefault(s, 0))
                        .sum()));
        assertThat(counted).isEqualTo(summary.tripsPerDay());
        assertThat(counted.get(LocalDate.of(2023, 9, 27)))
                .as("a working day has more trips than the National Day holiday")
                .isGreaterThan(counted.get(LocalDate.of(2023, 10, 2)));
    }

    @Test
    void runsHighSpeedTrainsInTheTimesOfRailLinks() throws URISyntaxException {
        Path links = Path.of(getClass()
                .getClassLoader()
                .getResource("travel/sources/rail_links.csv")
                .toURI());
        assertThat(RailTimes.checkedLinks(feed, links))
                .as("rail_links.csv rows with a time or distance")
                .hasSize(7);
    }

    @Test
    void givesEveryVenueAShuttleStopAtTheVenueServedByShuttles() throws URISyntaxException {
        Set<String> shuttleRoutes = new HashSet<>();
        GtfsFiles.forEachRow(feed, "routes.txt", row -> {
            if ("711".equals(row.get("route_type"))) {
                shuttleRoutes.add(row.get("route_id"));
            }
        });
        Set<String> shuttleTrips = new HashSet<>();
        GtfsFiles.forEachRow(feed, "trips.txt", row -> {
            if (shuttleRoutes.contains(row.get("route_id"))) {
                shuttleTrips.add(row.get("trip_id"));
            }
        });
        Set<String> servedStops = new HashSet<>();
        GtfsFiles.forEachRow(feed, "stop_times.txt", row -> {
            if (shuttleTrips.contains(row.get("trip_id"))) {
                servedStops.add(row.get("stop_id"));
            }
        });
        List<Map<String, String>> venues = dataset("venues.csv");
        assertThat(venues).hasSizeGreaterThanOrEqualTo(50);
        for (Map<String, String> venue : venues) {
            String stopId = "V-" + venue.get("code");
            assertThat(servedStops.contains(stopId))
                    .as("shuttles serve %s", stopId)
                    .isTrue();
            double[] at = stops.locations().get(stopId);
            assertThat(GtfsFiles.distanceMeters(
                            at[0],
                            at[1],
                            Double.parseDouble(venue.get("latitude")),
                            Double.parseDouble(venue.get("longitude"))))
                    .isLessThan(150.0);
        }
    }

    @Test
    void runsExtraShuttlesFromTheVenueAfterEverySession() throws URISyntaxException {
        Map<String, String> serviceOfTrip = new HashMap<>();
        GtfsFiles.forEachRow(feed, "trips.txt", row -> {
            if (row.get("service_id").startsWith("GAMES-")) {
                serviceOfTrip.put(row.get("trip_id"), row.get("service_id"));
            }
        });
        Map<String, List<Integer>> departuresByStopAndService = new HashMap<>();
        GtfsFiles.forEachRow(feed, "stop_times.txt", row -> {
            String service = serviceOfTrip.get(row.get("trip_id"));
            if (service != null && "1".equals(row.get("stop_sequence"))) {
                departuresByStopAndService
                        .computeIfAbsent(row.get("stop_id") + "|" + service, k -> new ArrayList<>())
                        .add(GtfsFiles.seconds(row.get("departure_time")));
            }
        });
        List<Map<String, String>> sessions = dataset("sessions.csv");
        assertThat(sessions).hasSizeGreaterThan(800);
        for (Map<String, String> session : sessions) {
            OffsetDateTime start =
                    OffsetDateTime.parse(session.get("start")).withOffsetSameInstant(ZoneOffset.ofHours(8));
            OffsetDateTime end = OffsetDateTime.parse(session.get("end")).withOffsetSameInstant(ZoneOffset.ofHours(8));
            LocalDate day = start.toLocalDate();
            int end_s = (int) (end.toEpochSecond() - day.atStartOfDay().toEpochSecond(ZoneOffset.ofHours(8)));
            String key = "V-" + session.get("venue") + "|GAMES-" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
            assertThat(departuresByStopAndService.getOrDefault(key, List.of()))
                    .as("shuttles leaving %s after session %s", key, session.get("code"))
                    .anySatisfy(departure -> assertThat(departure).isBetween(end_s, end_s + 45 * 60));
        }
    }

    @Test
    void linksOnlyStopsWithin400MetresByFootpathsAndMissesNone() {
        FeedChecks.footpathsStayWithinWalkingReach(feed, stops);
        Set<String> footpaths = new HashSet<>();
        GtfsFiles.forEachRow(
                feed, "transfers.txt", row -> footpaths.add(row.get("from_stop_id") + "|" + row.get("to_stop_id")));
        List<String> ids = new ArrayList<>(stops.locations().keySet());
        ids.sort(null);
        for (int i = 0; i < ids.size(); i += 41) {
            for (String other : ids) {
                if (!other.equals(ids.get(i)) && stops.distance(ids.get(i), other) <= 399.0) {
                    assertThat(footpaths.contains(ids.get(i) + "|" + other))
                            .as("footpath %s → %s", ids.get(i), other)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void runsNightBusesPastMidnight() {
        boolean[] pastMidnight = {false};
        GtfsFiles.forEachRow(feed, "stop_times.txt", row -> {
            if (!pastMidnight[0]
                    && row.get("trip_id").contains("B-N")
                    && GtfsFiles.seconds(row.get("arrival_time")) >= 24 * 3600) {
                pastMidnight[0] = true;
            }
        });
        assertThat(pastMidnight[0]).isTrue();
    }

    @Test
    void makesMetroRailAndShuttlesWheelchairAccessibleAndMostBuses() {
        Map<String, String> routeTypes = new HashMap<>();
        GtfsFiles.forEachRow(feed, "routes.txt", row -> routeTypes.put(row.get("route_id"), row.get("route_type")));
        int[] buses = {0, 0};
        GtfsFiles.forEachRow(feed, "trips.txt", row -> {
            String type = routeTypes.get(row.get("route_id"));
            if ("3".equals(type)) {
                buses[0]++;
                buses[1] += "1".equals(row.get("wheelchair_accessible")) ? 1 : 0;
            } else {
                assertThat(row.get("wheelchair_accessible"))
                        .as(row.get("trip_id"))
                        .isEqualTo("1");
            }
        });
        assertThat(buses[1] / (double) buses[0]).isBetween(0.75, 0.98);
    }

    private Map<LocalDate, Set<String>> activeServices() {
        Map<LocalDate, Set<String>> active = new TreeMap<>();
        List<Map<String, String>> calendar = GtfsFiles.rows(feed, "calendar.txt");
        for (LocalDate day = LocalDate.of(2023, 9, 19);
                !day.isAfter(LocalDate.of(2023, 10, 8));
                day = day.plusDays(1)) {
            Set<String> running = new HashSet<>();
            String date = day.format(DateTimeFormatter.BASIC_ISO_DATE);
            for (Map<String, String> row : calendar) {
                String weekday = day.getDayOfWeek().name().toLowerCase();
                if ("1".equals(row.get(weekday))
                        && date.compareTo(row.get("start_date")) >= 0
                        && date.compareTo(row.get("end_date")) <= 0) {
                    running.add(row.get("service_id"));
                }
            }
            for (Map<String, String> row : GtfsFiles.rows(feed, "calendar_dates.txt")) {
                if (row.get("date").equals(date)) {
                    if ("1".equals(row.get("exception_type"))) {
                        running.add(row.get("service_id"));
                    } else {
                        running.remove(row.get("service_id"));
                    }
                }
            }
            active.put(day, running);
        }
        assertThat(active.get(LocalDate.of(2023, 10, 7)).contains("WORKDAY"))
                .as("7 Oct 2023, a Saturday, was a make-up working day")
                .isTrue();
        assertThat(LocalDate.of(2023, 10, 7).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        return active;
    }

    private List<Map<String, String>> dataset(String file) throws URISyntaxException {
        Path path = Path.of(getClass()
                .getClassLoader()
                .getResource("datasets/hangzhou2022/" + file)
                .toURI());
        return GtfsFiles.rows(path.getParent(), file);
    }
}
