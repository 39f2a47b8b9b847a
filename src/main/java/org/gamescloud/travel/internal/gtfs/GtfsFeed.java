package org.gamescloud.travel.internal.gtfs;

import java.util.List;

/**
 * A validated GTFS feed held compactly: stops, routes and trips as records referring to each other by index, and the
 * stop times of all trips in flat arrays ({@code tripStart[t]} to {@code tripStart[t + 1]} are trip t's stops in
 * order).
 */
public record GtfsFeed(
        String id,
        List<Stop> stops,
        List<Route> routes,
        List<Trip> trips,
        int[] tripStart,
        int[] stopTimeStop,
        int[] stopTimeArrival,
        int[] stopTimeDeparture,
        ServiceCalendar services,
        List<Frequency> frequencies,
        List<Transfer> transfers) {

    /** GTFS {@code wheelchair_boarding} / {@code wheelchair_accessible}: 1 yes, 2 no, 0 unknown. */
    public static final int WHEELCHAIR_YES = 1;

    /** {@code parent} is the index of the parent station, or -1. */
    public record Stop(
            String id, String name, double latitude, double longitude, boolean station, int parent, int wheelchair) {}

    public record Route(String id, String shortName, String longName, int type) {}

    public record Trip(String id, int route, int service, int wheelchair) {}

    /** A trip repeated from {@code start} (inclusive) to {@code end} (exclusive) every {@code headway} seconds. */
    public record Frequency(int trip, int start, int end, int headway) {}

    /** A transfers.txt row: type 3 forbids the transfer; {@code minTime} is -1 when not given. */
    public record Transfer(int fromStop, int toStop, int type, int minTime) {}

    public int stopTimeCount() {
        return stopTimeStop.length;
    }
}
