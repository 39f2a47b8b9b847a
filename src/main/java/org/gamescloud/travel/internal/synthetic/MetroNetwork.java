package org.gamescloud.travel.internal.synthetic;

import static org.gamescloud.travel.internal.synthetic.FeedModel.ACCESSIBLE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gamescloud.travel.internal.synthetic.FeedModel.Route;
import org.gamescloud.travel.internal.synthetic.FeedModel.Runs;
import org.gamescloud.travel.internal.synthetic.FeedModel.Stop;
import org.gamescloud.travel.internal.synthetic.FeedModel.TripPattern;

/**
 * Metro and light-rail lines from {@code metro_lines.csv} / {@code metro_stations.csv}: the listed stations are
 * anchors (real names where known); gaps longer than the line's station spacing get evenly spaced stations with
 * synthetic names. Each line has its own platform stops; interchanges are linked by footpaths.
 */
final class MetroNetwork {

    static final String DESCRIPTION_REAL = "metro station, real name, approximate position";
    static final String DESCRIPTION_PLAUSIBLE = "metro station, plausible name (not verified), approximate position";
    static final String DESCRIPTION_SYNTHETIC = "metro station, synthetic name and position";

    private record Anchor(int seq, String nameEn, String nameZh, GeoPoint location, boolean realName) {}

    /** Every platform stop per station name, for shuttle hubs (interchanges have more than one line). */
    private final Map<String, List<Stop>> platformsByName = new HashMap<>();

    void build(SourceData sources, FeedModel feed) {
        List<Map<String, String>> lines = sources.metroLines();
        for (int index = 0; index < lines.size(); index++) {
            Map<String, String> line = lines.get(index);
            List<Anchor> anchors = anchors(sources, line.get("line_id"));
            buildLine(line, index, anchors, feed);
        }
    }

    /** Stations served by at least two lines, with one platform stop each, sorted by name. */
    List<List<Stop>> interchanges() {
        List<List<Stop>> result = new ArrayList<>();
        platformsByName.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> result.add(List.copyOf(e.getValue())));
        return result;
    }

    List<Stop> allPlatforms() {
        List<Stop> all = new ArrayList<>();
        platformsByName.values().forEach(all::addAll);
        all.sort(Comparator.comparing(Stop::id));
        return all;
    }

    private void buildLine(Map<String, String> line, int index, List<Anchor> anchors, FeedModel feed) {
        String lineId = line.get("line_id");
        double spacing_m = Double.parseDouble(line.get("spacing_m"));
        PlaceNames names = new PlaceNames(lineId.hashCode());
        double north = ((index % 3) - 1) * 35.0;
        double east = (((index / 3) % 3) - 1) * 35.0;
        List<Stop> stops = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            Anchor anchor = anchors.get(a);
            if (a > 0) {
                Anchor previous = anchors.get(a - 1);
                int between = (int) Math.round(previous.location().distanceMeters(anchor.location()) / spacing_m) - 1;
                for (int k = 1; k <= between; k++) {
                    GeoPoint at = previous.location().towards(anchor.location(), k / (double) (between + 1));
                    PlaceNames.Name name = names.next();
                    stops.add(platform(
                            feed, lineId, stops.size() + 1, name.en(), at, north, east, DESCRIPTION_SYNTHETIC));
                }
            }
            String description = anchor.realName() ? DESCRIPTION_REAL : DESCRIPTION_PLAUSIBLE;
            Stop stop = platform(
                    feed, lineId, stops.size() + 1, anchor.nameEn(), anchor.location(), north, east, description);
            stops.add(stop);
            platformsByName
                    .computeIfAbsent(line.get("city") + "|" + anchor.nameEn(), k -> new ArrayList<>())
                    .add(stop);
        }
        feed.add(new Route(
                lineId,
                line.get("agency_id"),
                line.get("short_name"),
                line.get("long_name"),
                FeedModel.ROUTE_TYPE_METRO,
                line.get("colour"),
                line.get("text_colour"),
                "synthetic timetable; line geometry plausible"));
        int headway_s = Integer.parseInt(line.get("offpeak_headway_min")) * 60;
        int first_s = clock(line.get("first"));
        int last_s = clock(line.get("last"));
        double speed_mps = Double.parseDouble(line.get("speed_kmh")) / 3.6;
        for (int direction = 0; direction < 2; direction++) {
            List<Stop> ordered = new ArrayList<>(stops);
            if (direction == 1) {
                Collections.reverse(ordered);
            }
            Timetables.RunTimes times =
                    Timetables.runTimes(ordered.stream().map(Stop::location).toList(), speed_mps, 1.15, 30, 60);
            int[] base = Timetables.every(first_s, last_s, headway_s);
            feed.add(new TripPattern(
                    lineId + "-" + direction,
                    lineId,
                    direction,
                    ordered.get(ordered.size() - 1).name(),
                    ordered.stream().map(Stop::id).toList(),
                    times.arrivals_s(),
                    times.departures_s(),
                    ACCESSIBLE,
                    List.of(
                            new Runs(ServiceCalendar.DAILY, base),
                            new Runs(ServiceCalendar.WORKDAY, Timetables.peakSupplement(base, headway_s)))));
        }
    }

    private static Stop platform(
            FeedModel feed, String lineId, int seq, String name, GeoPoint at, double north, double east, String desc) {
        String id = "%s-%02d".formatted(lineId, seq);
        return feed.add(new Stop(id, id, name, at.offset(north, east), desc, ACCESSIBLE));
    }

    private static List<Anchor> anchors(SourceData sources, String lineId) {
        return sources.metroStations().stream()
                .filter(r -> r.get("line_id").equals(lineId))
                .map(r -> new Anchor(
                        Integer.parseInt(r.get("seq")),
                        r.get("name_en"),
                        r.get("name_zh"),
                        GeoPoint.of(Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon"))),
                        "real".equals(r.get("name_status"))))
                .sorted(Comparator.comparingInt(Anchor::seq))
                .toList();
    }

    static int clock(String hhmm) {
        String[] parts = hhmm.split(":");
        return Timetables.hm(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
}
