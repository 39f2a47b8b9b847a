package org.gamescloud.travel.internal.timetable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gamescloud.travel.internal.gtfs.TransitMode;
import org.gamescloud.travel.internal.raptor.RaptorTransitData;

/**
 * The transit of one service day in compact arrays, as RAPTOR reads it: stops (ids {@code feedId:stop_id}),
 * patterns (a route's stop sequence) with their trips sorted by departure, times as flat arrays per pattern
 * ({@code trip * stops + position}), footpaths per stop, and a grid index of stops for access and egress. Trips of
 * the previous day still running after midnight are included, 24 h earlier. Immutable once built.
 */
public final class Timetable implements RaptorTransitData {

    final LocalDate serviceDay;
    final String[] stopIds;
    final String[] stopNames;
    final double[] latitudes;
    final double[] longitudes;
    final boolean[] stopAccessible;
    final Map<String, Integer> stopById;
    final int[][] patternsAt;
    final int[][] positionsAt;
    final int[][] patternStops;
    final int[] patternRoute;
    final int[][] departures;
    final int[][] arrivals;
    final boolean[][] tripAccessible;
    final String[][] tripIds;
    final String[] routeNames;
    final TransitMode[] routeModes;
    final int[][] transferTargets;
    final int[][] transferDurations;
    final GridIndex stopIndex;
    final int tripCount;

    Timetable(TimetableBuilder built) {
        serviceDay = built.serviceDay;
        stopIds = built.stopIds;
        stopNames = built.stopNames;
        latitudes = built.latitudes;
        longitudes = built.longitudes;
        stopAccessible = built.stopAccessible;
        stopById = built.stopById;
        patternsAt = built.patternsAt;
        positionsAt = built.positionsAt;
        patternStops = built.patternStops;
        patternRoute = built.patternRoute;
        departures = built.departures;
        arrivals = built.arrivals;
        tripAccessible = built.tripAccessible;
        tripIds = built.tripIds;
        routeNames = built.routeNames;
        routeModes = built.routeModes;
        transferTargets = built.transferTargets;
        transferDurations = built.transferDurations;
        stopIndex = new GridIndex(latitudes, longitudes);
        tripCount = built.tripCount;
    }

    public LocalDate serviceDay() {
        return serviceDay;
    }

    public Optional<Integer> findStop(String feedStopId) {
        return Optional.ofNullable(stopById.get(feedStopId));
    }

    public String stopId(int stop) {
        return stopIds[stop];
    }

    public String stopName(int stop) {
        return stopNames[stop];
    }

    public double latitude(int stop) {
        return latitudes[stop];
    }

    public double longitude(int stop) {
        return longitudes[stop];
    }

    /** The stops within {@code radius_m} of a place, nearest first. */
    public List<GridIndex.Near> stopsNear(double latitude, double longitude, double radius_m) {
        return stopIndex.within(latitude, longitude, radius_m);
    }

    public String routeName(int pattern) {
        return routeNames[patternRoute[pattern]];
    }

    public TransitMode mode(int pattern) {
        return routeModes[patternRoute[pattern]];
    }

    public String tripId(int pattern, int trip) {
        return tripIds[pattern][trip];
    }

    /** Trips running this service day (a frequency-based trip counts once per departure). */
    public int tripCount() {
        return tripCount;
    }

    @Override
    public int stopCount() {
        return stopIds.length;
    }

    @Override
    public int patternCount() {
        return patternStops.length;
    }

    @Override
    public int[] patternsAt(int stop) {
        return patternsAt[stop];
    }

    @Override
    public int[] positionsAt(int stop) {
        return positionsAt[stop];
    }

    @Override
    public int[] stopsOf(int pattern) {
        return patternStops[pattern];
    }

    @Override
    public int tripCount(int pattern) {
        return tripAccessible[pattern].length;
    }

    @Override
    public int departure(int pattern, int trip, int position) {
        return departures[pattern][trip * patternStops[pattern].length + position];
    }

    @Override
    public int arrival(int pattern, int trip, int position) {
        return arrivals[pattern][trip * patternStops[pattern].length + position];
    }

    @Override
    public boolean tripAccessible(int pattern, int trip) {
        return tripAccessible[pattern][trip];
    }

    @Override
    public boolean stopAccessible(int stop) {
        return stopAccessible[stop];
    }

    @Override
    public int[] transferTargets(int stop) {
        return transferTargets[stop];
    }

    @Override
    public int[] transferDurations(int stop) {
        return transferDurations[stop];
    }
}
