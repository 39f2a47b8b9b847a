package org.gamescloud.travel.internal.synthetic;

import static org.gamescloud.travel.internal.synthetic.FeedModel.ACCESSIBLE;
import static org.gamescloud.travel.internal.synthetic.FeedModel.NOT_ACCESSIBLE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gamescloud.travel.internal.synthetic.FeedModel.Agency;
import org.gamescloud.travel.internal.synthetic.FeedModel.Route;
import org.gamescloud.travel.internal.synthetic.FeedModel.Runs;
import org.gamescloud.travel.internal.synthetic.FeedModel.Stop;
import org.gamescloud.travel.internal.synthetic.FeedModel.TripPattern;
import org.gamescloud.travel.internal.synthetic.StreetGrid.District;
import org.gamescloud.travel.internal.synthetic.StreetGrid.Node;

/**
 * Synthetic city bus networks: per district of {@code bus_districts.csv}, lines along the street grid (an L or Z
 * shape between two intersections), with a stop at every intersection on each side of the street (one stop per
 * direction of travel, as on real streets).
 */
final class BusNetwork {

    static final String STOP_DESCRIPTION = "bus stop, synthetic name and position";
    private static final String[] HEADINGS = {"E", "N", "W", "S"};

    private final double routeFactor;

    BusNetwork(double routeFactor) {
        this.routeFactor = routeFactor;
    }

    void build(SourceData sources, FeedModel feed) {
        Map<String, List<Map<String, String>>> byCity = new LinkedHashMap<>();
        sources.busDistricts()
                .forEach(r -> byCity.computeIfAbsent(r.get("city"), k -> new ArrayList<>())
                        .add(r));
        byCity.forEach((city, rows) -> buildCity(city, rows, feed));
    }

    private void buildCity(String city, List<Map<String, String>> rows, FeedModel feed) {
        String code = rows.get(0).get("city_code");
        List<District> districts = rows.stream()
                .map(r -> new District(
                        r.get("district"),
                        GeoPoint.of(Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon"))),
                        Double.parseDouble(r.get("radius_km")) * 1000,
                        Math.max(1, (int) Math.round(Integer.parseInt(r.get("routes")) * routeFactor))))
                .toList();
        StreetGrid grid =
                new StreetGrid(code, districts, "HZ".equals(code) ? StreetGrid.Water.HANGZHOU : StreetGrid.Water.NONE);
        String agency = code + "BUS";
        feed.add(new Agency(
                agency, city + " Public Transport (synthetic bus network)", "https://www.hangzhou2022.cn/", null));
        Random random = new Random(code.hashCode() * 1_000_003L + 17);
        int count = districts.stream().mapToInt(District::routes).sum();
        Map<String, Integer> numbers = new HashMap<>();
        int index = 0;
        for (District district : districts) {
            for (int i = 0; i < district.routes(); i++, index++) {
                BusRouteKind kind = BusRouteKind.forIndex(index, count);
                List<Node> path = BusPaths.path(grid, district, kind, random);
                if (path.isEmpty()) {
                    continue;
                }
                int number = numbers.merge(kind.prefix, 1, Integer::sum);
                addRoute(feed, grid, agency, kind, kind.prefix + number, district, path, random);
            }
        }
    }

    private static void addRoute(
            FeedModel feed,
            StreetGrid grid,
            String agency,
            BusRouteKind kind,
            String shortName,
            District district,
            List<Node> path,
            Random random) {
        String routeId = grid.cityCode() + "B-" + shortName;
        boolean lowFloor = random.nextDouble() < 0.9;
        List<String> forward = stops(feed, grid, path);
        List<String> backward = stops(feed, grid, reversed(path));
        String from = feed.stop(forward.get(0)).name();
        String to = feed.stop(forward.get(forward.size() - 1)).name();
        feed.add(new Route(
                routeId,
                agency,
                shortName,
                from + " – " + to,
                FeedModel.ROUTE_TYPE_BUS,
                null,
                null,
                kind.name().toLowerCase() + " bus line, " + district.name() + " (synthetic)"));
        int headway_s = (kind.minHeadway_min + random.nextInt(kind.maxHeadway_min - kind.minHeadway_min + 1)) * 60;
        int accessible = lowFloor ? ACCESSIBLE : NOT_ACCESSIBLE;
        List<List<String>> directions = List.of(forward, backward);
        for (int direction = 0; direction < 2; direction++) {
            List<String> stopIds = directions.get(direction);
            Timetables.RunTimes times = runTimes(feed, stopIds, kind);
            int first = kind.first_s + random.nextInt(12) * 60;
            int[] base = departures(kind, first, headway_s);
            String service = kind == BusRouteKind.PEAK ? ServiceCalendar.WORKDAY : ServiceCalendar.DAILY;
            String headsign = feed.stop(stopIds.get(stopIds.size() - 1)).name();
            String patternId = routeId + "-" + direction;
            int[] extra = kind.peakSupplement ? Timetables.peakSupplement(base, headway_s) : new int[0];
            boolean shortWorkings = kind == BusRouteKind.TRUNK;
            List<Runs> runs = new ArrayList<>(List.of(new Runs(service, base)));
            if (extra.length > 0 && !shortWorkings) {
                runs.add(new Runs(ServiceCalendar.WORKDAY, extra));
            }
            feed.add(new TripPattern(
                    patternId,
                    routeId,
                    direction,
                    headsign,
                    stopIds,
                    times.arrivals_s(),
                    times.departures_s(),
                    accessible,
                    runs));
            if (extra.length > 0 && shortWorkings) {
                addShortWorkings(feed, kind, routeId, direction, times, stopIds, extra, accessible);
            }
        }
    }

    /** Working-day peak trips of trunk lines that turn back early, serving the middle three fifths of the line. */
    private static void addShortWorkings(
            FeedModel feed,
            BusRouteKind kind,
            String routeId,
            int direction,
            Timetables.RunTimes times,
            List<String> stopIds,
            int[] extra,
            int accessible) {
        List<String> shortStops = stopIds.subList(stopIds.size() / 5, stopIds.size() - stopIds.size() / 5);
        Timetables.RunTimes shortTimes = runTimes(feed, shortStops, kind);
        int offset = times.departures_s()[stopIds.size() / 5];
        feed.add(new TripPattern(
                routeId + "-" + direction + "S",
                routeId,
                direction,
                feed.stop(shortStops.get(shortStops.size() - 1)).name(),
                List.copyOf(shortStops),
                shortTimes.arrivals_s(),
                shortTimes.departures_s(),
                accessible,
                List.of(new Runs(ServiceCalendar.WORKDAY, shift(extra, offset)))));
    }

    private static int[] departures(BusRouteKind kind, int first, int headway_s) {
        if (kind == BusRouteKind.PEAK) {
            int evening = first + Timetables.hm(10, 0);
            return Timetables.merge(
                    Timetables.every(first, kind.last_s, headway_s),
                    Timetables.every(evening, kind.last_s + Timetables.hm(10, 0), headway_s));
        }
        return Timetables.every(first, kind.last_s, headway_s);
    }

    private static Timetables.RunTimes runTimes(FeedModel feed, List<String> stopIds, BusRouteKind kind) {
        return Timetables.runTimes(
                stopIds.stream().map(id -> feed.stop(id).location()).toList(), kind.speed_mps(), 1.1, 0, 60);
    }

    private static int[] shift(int[] values, int by) {
        int[] shifted = values.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += by;
        }
        return shifted;
    }

    /** One stop per intersection and side of the street: the side is the heading of the bus arriving there. */
    private static List<String> stops(FeedModel feed, StreetGrid grid, List<Node> path) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            Node node = path.get(i);
            if (grid.isWater(node)) {
                continue;
            }
            Node from = i > 0 ? path.get(i - 1) : node;
            Node to = i > 0 ? node : path.get(1);
            int heading = to.x() > from.x() ? 0 : to.y() > from.y() ? 1 : to.x() < from.x() ? 2 : 3;
            String id =
                    "%sB-%04d-%04d-%s".formatted(grid.cityCode(), node.x() + 5000, node.y() + 5000, HEADINGS[heading]);
            if (!feed.hasStop(id)) {
                GeoPoint centre = grid.location(node);
                double side = 12;
                double north = heading == 0 ? -side : heading == 2 ? side : 0;
                double east = heading == 1 ? side : heading == 3 ? -side : 0;
                int wheelchair = grid.chance(node, heading) < 0.85 ? ACCESSIBLE : NOT_ACCESSIBLE;
                feed.add(new Stop(
                        id,
                        null,
                        grid.name(node) + " (" + HEADINGS[heading] + "-bound)",
                        centre.offset(north, east),
                        STOP_DESCRIPTION,
                        wheelchair));
            }
            if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<Node> reversed(List<Node> path) {
        List<Node> copy = new ArrayList<>(path);
        Collections.reverse(copy);
        return copy;
    }
}
