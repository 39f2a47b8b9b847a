package org.gamescloud.travel.internal.synthetic;

import static org.gamescloud.travel.internal.synthetic.FeedModel.ACCESSIBLE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.gamescloud.travel.internal.synthetic.FeedModel.Route;
import org.gamescloud.travel.internal.synthetic.FeedModel.Runs;
import org.gamescloud.travel.internal.synthetic.FeedModel.Stop;
import org.gamescloud.travel.internal.synthetic.FeedModel.TripPattern;
import org.gamescloud.travel.internal.synthetic.SourceData.Session;
import org.gamescloud.travel.internal.synthetic.SourceData.Venue;

/**
 * Games shuttle buses (route type 711) from transport hubs to every venue: from the nearest metro station (within
 * {@link #METRO_REACH_M}) and from the nearest rail station or metro interchange. A base service runs all day; on
 * each session day extra trips run every 5 minutes before the session starts and after it ends.
 */
final class ShuttleNetwork {

    static final String AGENCY = "GAMES";
    static final double METRO_REACH_M = 8_000;
    static final int BASE_HEADWAY_S = 20 * 60;
    static final int EXTRA_HEADWAY_S = 5 * 60;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    static String venueStopId(String venueCode) {
        return "V-" + venueCode;
    }

    void build(SourceData sources, MetroNetwork metro, RailNetwork rail, ServiceCalendar calendar, FeedModel feed) {
        List<Stop> metroStops = metro.allPlatforms();
        List<Stop> majorHubs = new ArrayList<>(rail.stations().values());
        metro.interchanges().forEach(platforms -> majorHubs.add(platforms.get(0)));
        Map<String, List<Session>> sessionsByVenue = new TreeMap<>();
        sources.sessions()
                .forEach(s -> sessionsByVenue
                        .computeIfAbsent(s.venue(), k -> new ArrayList<>())
                        .add(s));
        List<Venue> venues = new ArrayList<>(sources.venues());
        venues.sort(Comparator.comparing(Venue::code));
        for (Venue venue : venues) {
            Stop venueStop = feed.add(new Stop(
                    venueStopId(venue.code()),
                    venue.code(),
                    venue.nameEn(),
                    venue.location().offset(-80, 0),
                    "Games venue shuttle stop, at the venue (" + venue.nameZh() + ")",
                    ACCESSIBLE));
            Map<String, Stop> hubs = new LinkedHashMap<>();
            nearest(metroStops, venue.location())
                    .filter(s -> s.location().distanceMeters(venue.location()) <= METRO_REACH_M)
                    .ifPresent(s -> hubs.put(s.id(), s));
            nearest(majorHubs, venue.location()).ifPresent(s -> hubs.putIfAbsent(s.id(), s));
            List<Session> sessions = sessionsByVenue.getOrDefault(venue.code(), List.of());
            int n = 1;
            for (Stop hub : hubs.values()) {
                Stop bay = feed.add(new Stop(
                        "S-" + hub.id(),
                        null,
                        hub.name() + " Games Shuttle Bay",
                        hub.location().offset(60, 60),
                        "Games shuttle bay next to " + hub.id(),
                        ACCESSIBLE));
                addRoute(feed, calendar, venue, venueStop, bay, hub.name(), n++, sessions);
            }
        }
    }

    private void addRoute(
            FeedModel feed,
            ServiceCalendar calendar,
            Venue venue,
            Stop venueStop,
            Stop bay,
            String hubName,
            int number,
            List<Session> sessions) {
        String routeId = "SH-" + venue.code() + "-" + number;
        feed.add(new Route(
                routeId,
                AGENCY,
                "G" + venue.code(),
                hubName + " – " + venue.nameEn(),
                FeedModel.ROUTE_TYPE_SHUTTLE,
                "0A8E8C",
                "FFFFFF",
                "Games shuttle (synthetic timetable)"));
        double distance_m = bay.location().distanceMeters(venueStop.location()) * 1.3;
        double speed_mps = distance_m > 15_000 ? 16.7 : 8.3;
        int run_s = Math.max(300, (int) Math.round(distance_m / speed_mps / 60.0) * 60);
        int[] base = Timetables.every(Timetables.hm(7, 0), Timetables.hm(22, 0), BASE_HEADWAY_S);
        Map<LocalDate, List<int[]>> toVenue = new TreeMap<>();
        Map<LocalDate, List<int[]>> fromVenue = new TreeMap<>();
        for (Session session : sessions) {
            OffsetDateTime start = session.start().withOffsetSameInstant(CHINA);
            LocalDate day = start.toLocalDate();
            int start_s = secondsOfDay(day, start);
            int end_s = secondsOfDay(day, session.end().withOffsetSameInstant(CHINA));
            toVenue.computeIfAbsent(day, d -> new ArrayList<>())
                    .add(Timetables.every(start_s - 90 * 60, start_s - run_s - 5 * 60, EXTRA_HEADWAY_S));
            fromVenue
                    .computeIfAbsent(day, d -> new ArrayList<>())
                    .add(Timetables.every(end_s, end_s + 45 * 60, EXTRA_HEADWAY_S));
        }
        List<Stop> outbound = List.of(bay, venueStop);
        List<Stop> inbound = List.of(venueStop, bay);
        feed.add(pattern(routeId, 0, outbound, run_s, runs(calendar, base, toVenue)));
        feed.add(pattern(routeId, 1, inbound, run_s, runs(calendar, base, fromVenue)));
    }

    private static List<Runs> runs(ServiceCalendar calendar, int[] base, Map<LocalDate, List<int[]>> extras) {
        List<Runs> runs = new ArrayList<>();
        runs.add(new Runs(ServiceCalendar.DAILY, base));
        extras.forEach((day, lists) -> {
            int[] merged = lists.stream()
                    .flatMapToInt(IntStream::of)
                    .filter(t -> t >= 0)
                    .sorted()
                    .distinct()
                    .toArray();
            if (merged.length > 0) {
                runs.add(new Runs(calendar.addGamesDay(day), merged));
            }
        });
        return runs;
    }

    private static TripPattern pattern(String routeId, int direction, List<Stop> stops, int run_s, List<Runs> runs) {
        return new TripPattern(
                routeId + "-" + direction,
                routeId,
                direction,
                stops.get(1).name(),
                stops.stream().map(Stop::id).toList(),
                new int[] {0, run_s},
                new int[] {0, run_s},
                ACCESSIBLE,
                runs);
    }

    private static int secondsOfDay(LocalDate serviceDay, OffsetDateTime time) {
        return (int) ChronoUnit.SECONDS.between(serviceDay.atStartOfDay().atOffset(CHINA), time);
    }

    private static Optional<Stop> nearest(List<Stop> candidates, GeoPoint to) {
        return candidates.stream()
                .min(Comparator.comparingDouble((Stop s) -> s.location().distanceMeters(to))
                        .thenComparing(Stop::id));
    }
}
