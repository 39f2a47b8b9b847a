package org.gamescloud.travel.internal.gtfs;

import java.util.List;
import org.gamescloud.travel.internal.gtfs.GtfsFeed.Trip;

/** The stop times of all trips, grouped by trip, in stop_sequence order, interpolated and checked. */
final class StopTimes {

    final int[] tripStart;
    final int[] stop;
    final int[] arrival;
    final int[] departure;

    private StopTimes(int trips, int rows) {
        tripStart = new int[trips + 1];
        stop = new int[rows];
        arrival = new int[rows];
        departure = new int[rows];
    }

    static StopTimes ordered(
            List<Trip> trips,
            IntList trip,
            IntList sequence,
            IntList stop,
            IntList arrival,
            IntList departure,
            IntList line) {
        int rows = trip.size();
        StopTimes times = new StopTimes(trips.size(), rows);
        for (int r = 0; r < rows; r++) {
            times.tripStart[trip.get(r) + 1]++;
        }
        for (int t = 0; t < trips.size(); t++) {
            times.tripStart[t + 1] += times.tripStart[t];
        }
        int[] next = times.tripStart.clone();
        int[] rowAt = new int[rows];
        for (int r = 0; r < rows; r++) {
            rowAt[next[trip.get(r)]++] = r;
        }
        for (int t = 0; t < trips.size(); t++) {
            int from = times.tripStart[t];
            int to = times.tripStart[t + 1];
            if (to - from < 2) {
                throw new GtfsFeedException(
                        "stop_times.txt",
                        null,
                        "trip_id",
                        "trip " + trips.get(t).id() + " has fewer than two stops");
            }
            sortBySequence(rowAt, from, to, sequence, line);
            for (int i = from; i < to; i++) {
                int r = rowAt[i];
                times.stop[i] = stop.get(r);
                times.arrival[i] = arrival.get(r);
                times.departure[i] = departure.get(r);
            }
            times.interpolate(from, to, trips.get(t), line.get(rowAt[from]), line.get(rowAt[to - 1]));
            times.checkIncreasing(from, to, rowAt, line);
        }
        return times;
    }

    /** Insertion sort: the rows of a trip are nearly always in order already. */
    private static void sortBySequence(int[] rowAt, int from, int to, IntList sequence, IntList line) {
        for (int i = from + 1; i < to; i++) {
            int row = rowAt[i];
            int j = i - 1;
            while (j >= from && sequence.get(rowAt[j]) > sequence.get(row)) {
                rowAt[j + 1] = rowAt[j];
                j--;
            }
            rowAt[j + 1] = row;
        }
        for (int i = from + 1; i < to; i++) {
            if (sequence.get(rowAt[i]) == sequence.get(rowAt[i - 1])) {
                throw new GtfsFeedException(
                        "stop_times.txt", line.get(rowAt[i]), "stop_sequence", "repeated stop_sequence in a trip");
            }
        }
    }

    private void interpolate(int from, int to, Trip trip, int firstLine, int lastLine) {
        if (arrival[from] < 0) {
            throw new GtfsFeedException(
                    "stop_times.txt",
                    firstLine,
                    "departure_time",
                    "the first stop of trip " + trip.id() + " needs a time");
        }
        if (arrival[to - 1] < 0) {
            throw new GtfsFeedException(
                    "stop_times.txt", lastLine, "arrival_time", "the last stop of trip " + trip.id() + " needs a time");
        }
        int previousTimed = from;
        for (int i = from + 1; i < to; i++) {
            if (arrival[i] < 0) {
                continue;
            }
            int gap = i - previousTimed;
            for (int k = 1; k < gap; k++) {
                int time = departure[previousTimed] + (int) ((long) (arrival[i] - departure[previousTimed]) * k / gap);
                arrival[previousTimed + k] = time;
                departure[previousTimed + k] = time;
            }
            previousTimed = i;
        }
    }

    private void checkIncreasing(int from, int to, int[] rowAt, IntList line) {
        for (int i = from; i < to; i++) {
            if (departure[i] < arrival[i]) {
                throw new GtfsFeedException(
                        "stop_times.txt", line.get(rowAt[i]), "departure_time", "departure before arrival");
            }
            if (i > from && arrival[i] < departure[i - 1]) {
                throw new GtfsFeedException(
                        "stop_times.txt", line.get(rowAt[i]), "arrival_time", "time earlier than at the previous stop");
            }
        }
    }
}
