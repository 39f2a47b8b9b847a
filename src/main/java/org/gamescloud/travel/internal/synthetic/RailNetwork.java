package org.gamescloud.travel.internal.synthetic;

import static org.gamescloud.travel.internal.synthetic.FeedModel.ACCESSIBLE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gamescloud.travel.internal.synthetic.FeedModel.Route;
import org.gamescloud.travel.internal.synthetic.FeedModel.Runs;
import org.gamescloud.travel.internal.synthetic.FeedModel.Stop;
import org.gamescloud.travel.internal.synthetic.FeedModel.TripPattern;
import org.gamescloud.travel.internal.synthetic.SourceData.RailLink;

/**
 * High-speed and intercity rail between the six cities. Run times between consecutive stations come from
 * {@code rail_links.csv}: the typical time where known, else the fastest, else derived from the distance
 * ({@link #derivedMinutes}); hops without a link share what is left of the whole line's time in proportion to their
 * length.
 */
final class RailNetwork {

    static final String AGENCY = "CR";
    static final int DWELL_S = 120;

    /**
     * rail_links.csv gives the Ningbo–Shaoxing high-speed time without naming the Shaoxing station; as its notes
     * presume, it is read as Shaoxing North (the HSR station; "Shaoxing" proper is on the conventional line).
     */
    static final Map<String, String> HSR_STATION_ALIASES = Map.of("Shaoxing", "Shaoxing North");

    /** Derived run time for a link with only a distance: 6 min to accelerate and brake plus 250 km/h on average. */
    static int derivedMinutes(int distance_km) {
        return (int) Math.round(6 + distance_km / 250.0 * 60);
    }

    /** The minutes {@code rail_links.csv} gives between two stations, in either direction. */
    static Optional<Integer> linkMinutes(List<RailLink> links, String a, String b) {
        return links.stream()
                .filter(l ->
                        (l.from().equals(a) && l.to().equals(b)) || (l.from().equals(b) && l.to().equals(a)))
                .findFirst()
                .flatMap(l -> l.typical_min().isPresent()
                        ? Optional.of(l.typical_min().getAsInt())
                        : l.fastest_min().isPresent()
                                ? Optional.of(l.fastest_min().getAsInt())
                                : l.distance_km().isPresent()
                                        ? Optional.of(
                                                derivedMinutes(l.distance_km().getAsInt()))
                                        : Optional.empty());
    }

    static String stopId(String station) {
        return "RAIL-" + station.toUpperCase(Locale.ROOT).replace(' ', '-');
    }

    private final Map<String, Stop> stations = new LinkedHashMap<>();

    /** The main stations of the six cities come from cities.csv, the others from rail_stations.csv. */
    void build(SourceData sources, FeedModel feed) {
        for (SourceData.City city : sources.cities()) {
            addStation(feed, city.railStation(), city.railStationLocation(), true, "cities.csv (approximate ±2 km)");
        }
        for (Map<String, String> row : sources.railStations()) {
            GeoPoint at = GeoPoint.of(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")));
            addStation(feed, row.get("station"), at, "HSR".equals(row.get("kind")), row.get("position_note"));
        }
        List<RailLink> links = sources.railLinks().stream()
                .map(l -> new RailLink(
                        HSR_STATION_ALIASES.getOrDefault(l.from(), l.from()),
                        HSR_STATION_ALIASES.getOrDefault(l.to(), l.to()),
                        l.distance_km(),
                        l.fastest_min(),
                        l.typical_min()))
                .toList();
        for (Map<String, String> service : sources.railServices()) {
            buildService(service, links, feed);
        }
    }

    private void addStation(FeedModel feed, String name, GeoPoint at, boolean highSpeed, String positionNote) {
        String desc = (highSpeed ? "high-speed rail station" : "railway station")
                + ", real name, approximate position: " + positionNote;
        stations.put(name, feed.add(new Stop(stopId(name), null, name + " Railway Station", at, desc, ACCESSIBLE)));
    }

    /** Rail stations by the names used in rail_links.csv. */
    Map<String, Stop> stations() {
        return Collections.unmodifiableMap(stations);
    }

    private void buildService(Map<String, String> service, List<RailLink> links, FeedModel feed) {
        String routeId = service.get("route_id");
        List<String> names = List.of(service.get("stations").split(";"));
        boolean hsr = "HSR".equals(service.get("kind"));
        feed.add(new Route(
                routeId,
                AGENCY,
                service.get("short_name"),
                service.get("long_name"),
                FeedModel.ROUTE_TYPE_RAIL,
                hsr ? "FFFFFF" : "1F4E9A",
                hsr ? "C8102E" : "FFFFFF",
                hsr
                        ? "high-speed rail; run times from rail_links.csv, frequency plausible"
                        : "conventional intercity rail (not HSR); run time from rail_links.csv"));
        int[] hops_min = hopMinutes(names, links);
        int headway_s = Integer.parseInt(service.get("headway_min")) * 60;
        int[] departures = Timetables.every(
                MetroNetwork.clock(service.get("first")), MetroNetwork.clock(service.get("last")), headway_s);
        for (int direction = 0; direction < 2; direction++) {
            List<String> ordered = new ArrayList<>(names);
            int[] hops = hops_min.clone();
            if (direction == 1) {
                Collections.reverse(ordered);
                reverse(hops);
            }
            int n = ordered.size();
            int[] arrivals = new int[n];
            int[] departs = new int[n];
            for (int i = 1; i < n; i++) {
                arrivals[i] = departs[i - 1] + hops[i - 1] * 60;
                departs[i] = i == n - 1 ? arrivals[i] : arrivals[i] + DWELL_S;
            }
            feed.add(new TripPattern(
                    routeId + "-" + direction,
                    routeId,
                    direction,
                    stations.get(ordered.get(n - 1)).name(),
                    ordered.stream().map(s -> stations.get(s).id()).toList(),
                    arrivals,
                    departs,
                    ACCESSIBLE,
                    List.of(new Runs(ServiceCalendar.DAILY, departures))));
        }
    }

    private int[] hopMinutes(List<String> names, List<RailLink> links) {
        int[] hops = new int[names.size() - 1];
        double unknownLength_m = 0;
        int known_min = 0;
        for (int i = 0; i < hops.length; i++) {
            Optional<Integer> minutes = linkMinutes(links, names.get(i), names.get(i + 1));
            hops[i] = minutes.orElse(-1);
            if (minutes.isPresent()) {
                known_min += minutes.get();
            } else {
                unknownLength_m += length(names, i);
            }
        }
        if (Arrays.stream(hops).allMatch(h -> h >= 0)) {
            return hops;
        }
        int whole_min = linkMinutes(links, names.get(0), names.get(names.size() - 1))
                .orElseThrow(() -> new IllegalStateException("no run time for " + names));
        int left_min = whole_min - known_min - (hops.length - 1) * DWELL_S / 60;
        int assigned = 0;
        int lastUnknown = -1;
        for (int i = 0; i < hops.length; i++) {
            if (hops[i] < 0) {
                hops[i] = (int) Math.round(left_min * length(names, i) / unknownLength_m);
                assigned += hops[i];
                lastUnknown = i;
            }
        }
        hops[lastUnknown] += left_min - assigned;
        return hops;
    }

    private double length(List<String> names, int hop) {
        return stations.get(names.get(hop))
                .location()
                .distanceMeters(stations.get(names.get(hop + 1)).location());
    }

    private static void reverse(int[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
