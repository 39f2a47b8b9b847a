package org.gamescloud.travel.internal.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the rail trips of a feed against rail_links.csv: adjacent stations, or a whole line without other links. */
final class RailTimes {

    private RailTimes() {}

    /** The rail_links.csv rows whose time the feed's trains were checked against (all must match). */
    static Set<String> checkedLinks(Path feed, Path links) {
        Map<String, String> railTrips = new HashMap<>();
        Map<String, String> routeTypes = new HashMap<>();
        GtfsFiles.forEachRow(feed, "routes.txt", row -> routeTypes.put(row.get("route_id"), row.get("route_type")));
        GtfsFiles.forEachRow(feed, "trips.txt", row -> {
            if ("2".equals(routeTypes.get(row.get("route_id")))) {
                railTrips.put(row.get("trip_id"), row.get("route_id"));
            }
        });
        Map<String, String> stationNames = new HashMap<>();
        GtfsFiles.forEachRow(
                feed,
                "stops.txt",
                row -> stationNames.put(row.get("stop_id"), row.get("stop_name").replace(" Railway Station", "")));
        Map<String, List<int[]>> timesByTrip = new HashMap<>();
        Map<String, List<String>> stationsByTrip = new HashMap<>();
        GtfsFiles.forEachRow(feed, "stop_times.txt", row -> {
            if (railTrips.containsKey(row.get("trip_id"))) {
                timesByTrip
                        .computeIfAbsent(row.get("trip_id"), k -> new ArrayList<>())
                        .add(new int[] {
                            GtfsFiles.seconds(row.get("arrival_time")), GtfsFiles.seconds(row.get("departure_time"))
                        });
                stationsByTrip
                        .computeIfAbsent(row.get("trip_id"), k -> new ArrayList<>())
                        .add(stationNames.get(row.get("stop_id")));
            }
        });
        Set<String> checked = new HashSet<>();
        for (Map<String, String> link : GtfsFiles.rows(links.getParent(), "rail_links.csv")) {
            // docs/travel-feed.md: the Ningbo–Shaoxing HSR time is read as Ningbo–Shaoxing North
            String from = link.get("from_station").equals("Shaoxing") ? "Shaoxing North" : link.get("from_station");
            String to = link.get("to_station").equals("Shaoxing") ? "Shaoxing North" : link.get("to_station");
            int expected_min = expectedMinutes(link);
            stationsByTrip.forEach((trip, stations) -> {
                List<int[]> times = timesByTrip.get(trip);
                int a = stations.indexOf(from);
                int b = stations.indexOf(to);
                boolean adjacent = a >= 0 && b >= 0 && Math.abs(a - b) == 1;
                boolean wholeLineWithoutOtherLinks = a >= 0
                        && b >= 0
                        && Math.min(a, b) == 0
                        && Math.max(a, b) == stations.size() - 1
                        && stations.size() > 3;
                if (adjacent || wholeLineWithoutOtherLinks) {
                    int first = Math.min(a, b);
                    int last = Math.max(a, b);
                    int run_s = times.get(last)[0] - times.get(first)[1];
                    assertThat(run_s).as("%s → %s in %s", from, to, trip).isEqualTo(expected_min * 60);
                    checked.add(from + "|" + to);
                }
            });
        }
        return checked;
    }

    /** docs/travel-feed.md: typical minutes, else fastest, else 6 min plus the distance at 250 km/h. */
    private static int expectedMinutes(Map<String, String> link) {
        if (!link.get("typical_minutes").isBlank()) {
            return Integer.parseInt(link.get("typical_minutes"));
        }
        if (!link.get("fastest_minutes").isBlank()) {
            return Integer.parseInt(link.get("fastest_minutes"));
        }
        return (int) Math.round(6 + Integer.parseInt(link.get("distance_km")) / 250.0 * 60);
    }
}
