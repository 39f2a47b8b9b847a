package org.gamescloud.travel.internal;

/**
 * Where a journey starts or ends, as the query named it ({@code id}): a stop {@code feedId:stop_id}, a venue code or
 * {@code lat,lon}. {@code stop} is the stop's index in the day's timetable, or -1 for a venue or coordinates.
 */
record Place(String id, String name, double latitude, double longitude, int stop) {

    boolean isStop() {
        return stop >= 0;
    }
}
