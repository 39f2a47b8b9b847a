package org.gamescloud.travel.internal.synthetic;

import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;

/**
 * What a generator run wrote.
 *
 * @param routes GTFS routes (lines)
 * @param patterns distinct stop sequences of trips (what RAPTOR and the RAPTOR paper call routes)
 * @param trips trips in trips.txt over all services
 * @param tripsPerDay trips running on each service day of the Games period
 */
public record FeedSummary(
        String version,
        int agencies,
        int stops,
        int routes,
        int patterns,
        int trips,
        long stopTimes,
        long transfers,
        SortedMap<LocalDate, Integer> tripsPerDay,
        long generation_ms) {

    public FeedSummary {
        tripsPerDay = Collections.unmodifiableSortedMap(tripsPerDay);
    }

    public int maxTripsPerDay() {
        return tripsPerDay.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public int minTripsPerDay() {
        return tripsPerDay.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    @Override
    public String toString() {
        return "%s: %d stops, %d routes (%d patterns), %d trips (%d–%d per service day), %d stop times, %d footpaths, %d ms"
                .formatted(
                        version,
                        stops,
                        routes,
                        patterns,
                        trips,
                        minTripsPerDay(),
                        maxTripsPerDay(),
                        stopTimes,
                        transfers,
                        generation_ms);
    }
}
