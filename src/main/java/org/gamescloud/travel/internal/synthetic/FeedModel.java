package org.gamescloud.travel.internal.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The feed being generated, kept small in memory: stops, routes and trip patterns (a stop sequence with run times and
 * a list of first departures per service). Individual stop times are only expanded while writing.
 */
final class FeedModel {

    static final int ROUTE_TYPE_METRO = 1;
    static final int ROUTE_TYPE_RAIL = 2;
    static final int ROUTE_TYPE_BUS = 3;
    static final int ROUTE_TYPE_SHUTTLE = 711;

    static final int ACCESSIBLE = 1;
    static final int NOT_ACCESSIBLE = 2;

    record Agency(String id, String name, String url, String phone) {}

    record Stop(String id, String code, String name, GeoPoint location, String description, int wheelchairBoarding) {}

    record Route(
            String id,
            String agencyId,
            String shortName,
            String longName,
            int type,
            String colour,
            String textColour,
            String description) {}

    /** Trips of one service sharing a pattern: first departures in seconds after the service day's midnight. */
    record Runs(String serviceId, int[] departures_s) {}

    /**
     * One direction of a route: the stops in order, arrival/departure offsets from the first departure, and the runs
     * that follow it.
     */
    record TripPattern(
            String id,
            String routeId,
            int directionId,
            String headsign,
            List<String> stopIds,
            int[] arrivalOffsets_s,
            int[] departureOffsets_s,
            int wheelchairAccessible,
            List<Runs> runs) {

        int tripCount() {
            return runs.stream().mapToInt(r -> r.departures_s().length).sum();
        }
    }

    private final Map<String, Agency> agencies = new TreeMap<>();
    private final Map<String, Stop> stops = new TreeMap<>();
    private final Map<String, Route> routes = new TreeMap<>();
    private final Map<String, TripPattern> patterns = new TreeMap<>();

    void add(Agency agency) {
        agencies.put(agency.id(), agency);
    }

    /** Adds a stop unless one with this id exists; returns the stop kept. */
    Stop add(Stop stop) {
        return stops.computeIfAbsent(stop.id(), id -> stop);
    }

    void add(Route route) {
        if (routes.putIfAbsent(route.id(), route) != null) {
            throw new IllegalStateException("duplicate route " + route.id());
        }
    }

    void add(TripPattern pattern) {
        if (!routes.containsKey(pattern.routeId())) {
            throw new IllegalStateException("pattern " + pattern.id() + " of unknown route " + pattern.routeId());
        }
        for (String stopId : pattern.stopIds()) {
            if (!stops.containsKey(stopId)) {
                throw new IllegalStateException("pattern " + pattern.id() + " stops at unknown " + stopId);
            }
        }
        if (patterns.putIfAbsent(pattern.id(), pattern) != null) {
            throw new IllegalStateException("duplicate pattern " + pattern.id());
        }
    }

    Stop stop(String id) {
        Stop stop = stops.get(id);
        if (stop == null) {
            throw new IllegalArgumentException("no stop " + id);
        }
        return stop;
    }

    boolean hasStop(String id) {
        return stops.containsKey(id);
    }

    List<Agency> agencies() {
        return List.copyOf(agencies.values());
    }

    List<Stop> stops() {
        return List.copyOf(stops.values());
    }

    List<Route> routes() {
        return List.copyOf(routes.values());
    }

    List<TripPattern> patterns() {
        List<TripPattern> sorted = new ArrayList<>(patterns.values());
        sorted.sort(Comparator.comparing(TripPattern::id));
        return sorted;
    }
}
