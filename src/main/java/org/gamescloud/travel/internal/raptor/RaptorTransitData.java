package org.gamescloud.travel.internal.raptor;

/**
 * What RAPTOR needs of a timetable. Stops and patterns are dense indices. A pattern is a sequence of stops served by
 * trips that never overtake one another: at every position, trip {@code i + 1} departs no earlier than trip {@code i}
 * (so the earliest catchable trip can be found by binary search). Times are seconds of the service day.
 */
public interface RaptorTransitData {

    int stopCount();

    int patternCount();

    /** The patterns calling at the stop; {@link #positionsAt} gives the stop's position in each. */
    int[] patternsAt(int stop);

    int[] positionsAt(int stop);

    int[] stopsOf(int pattern);

    int tripCount(int pattern);

    int departure(int pattern, int trip, int position);

    int arrival(int pattern, int trip, int position);

    boolean tripAccessible(int pattern, int trip);

    boolean stopAccessible(int stop);

    /** Footpaths and transfers leaving the stop: target stops, and in {@link #transferDurations} seconds. */
    int[] transferTargets(int stop);

    int[] transferDurations(int stop);
}
