package org.gamescloud.travel.internal.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks every GTFS feed here must pass, for the generated feed and the hand-made fixture alike. */
final class FeedChecks {

    private FeedChecks() {}

    record Stops(Map<String, double[]> locations) {

        double distance(String a, String b) {
            double[] p = locations.get(a);
            double[] q = locations.get(b);
            return GtfsFiles.distanceMeters(p[0], p[1], q[0], q[1]);
        }
    }

    static Stops stops(Path feed) {
        Map<String, double[]> locations = new HashMap<>();
        GtfsFiles.forEachRow(
                feed,
                "stops.txt",
                row -> locations.put(row.get("stop_id"), new double[] {
                    Double.parseDouble(row.get("stop_lat")), Double.parseDouble(row.get("stop_lon"))
                }));
        return new Stops(locations);
    }

    /** Agencies, routes, services, trips and stops referenced anywhere exist; every trip has two stops or more. */
    static void referencesResolve(Path feed) {
        Set<String> agencies = ids(feed, "agency.txt", "agency_id");
        Set<String> routes = new HashSet<>();
        GtfsFiles.forEachRow(feed, "routes.txt", row -> {
            assertThat(agencies.contains(row.get("agency_id")))
                    .as("agency of route %s", row.get("route_id"))
                    .isTrue();
            assertThat(routes.add(row.get("route_id"))).as("unique route id").isTrue();
        });
        Set<String> services = ids(feed, "calendar.txt", "service_id");
        services.addAll(ids(feed, "calendar_dates.txt", "service_id"));
        Map<String, Integer> stopTimesPerTrip = new HashMap<>();
        GtfsFiles.forEachRow(feed, "trips.txt", row -> {
            assertThat(routes.contains(row.get("route_id")))
                    .as("route of trip %s", row.get("trip_id"))
                    .isTrue();
            assertThat(services.contains(row.get("service_id")))
                    .as("service of trip %s", row.get("trip_id"))
                    .isTrue();
            assertThat(stopTimesPerTrip.put(row.get("trip_id"), 0))
                    .as("unique trip id")
                    .isNull();
        });
        Set<String> stops = ids(feed, "stops.txt", "stop_id");
        List<String> problems = new ArrayList<>();
        GtfsFiles.forEachRow(feed, "stop_times.txt", row -> {
            if (stopTimesPerTrip.computeIfPresent(row.get("trip_id"), (k, n) -> n + 1) == null) {
                problems.add("unknown trip in " + row);
            }
            if (!stops.contains(row.get("stop_id"))) {
                problems.add("unknown stop in " + row);
            }
        });
        assertThat(problems).as("stop times with unknown references").isEmpty();
        assertThat(stopTimesPerTrip.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2));
        GtfsFiles.forEachRow(
                feed,
                "transfers.txt",
                row -> assertThat(stops.contains(row.get("from_stop_id")) && stops.contains(row.get("to_stop_id")))
                        .as("stops of footpath %s", row)
                        .isTrue());
    }

    /** Along every trip: stop_sequence increases, and no time is earlier than the one before it. */
    static void timesNeverGoBackwards(Path feed) {
        String[] trip = {""};
        int[] last = {-1, -1};
        List<String> problems = new ArrayList<>();
        GtfsFiles.forEachRow(feed, "stop_times.txt", row -> {
            int arrival = GtfsFiles.seconds(row.get("arrival_time"));
            int departure = GtfsFiles.seconds(row.get("departure_time"));
            int sequence = Integer.parseInt(row.get("stop_sequence"));
            if (!row.get("trip_id").equals(trip[0])) {
                trip[0] = row.get("trip_id");
                last[0] = -1;
                last[1] = -1;
            }
            if (sequence <= last[1] || arrival < last[0] || departure < arrival) {
                problems.add(row.toString());
            }
            last[0] = departure;
            last[1] = sequence;
        });
        assertThat(problems).as("stop times out of order").isEmpty();
    }

    /** Footpaths are walking transfers between stops at most 400 m apart, timed at 1.2 m/s with a 1.3 detour. */
    static void footpathsStayWithinWalkingReach(Path feed, Stops stops) {
        List<Map<String, String>> transfers = GtfsFiles.rows(feed, "transfers.txt");
        assertThat(transfers).isNotEmpty();
        for (Map<String, String> row : transfers) {
            double distance = stops.distance(row.get("from_stop_id"), row.get("to_stop_id"));
            assertThat(row.get("transfer_type")).isEqualTo("2");
            assertThat(distance).as("footpath %s", row).isLessThanOrEqualTo(400.0);
            assertThat(Integer.parseInt(row.get("min_transfer_time")))
                    .as("walking time of %s", row)
                    .isGreaterThanOrEqualTo((int) Math.floor(distance * 1.3 / 1.2))
                    .isGreaterThanOrEqualTo(60);
        }
    }

    static Set<String> ids(Path feed, String file, String column) {
        Set<String> ids = new HashSet<>();
        GtfsFiles.forEachRow(feed, file, row -> ids.add(row.get(column)));
        return ids;
    }
}
