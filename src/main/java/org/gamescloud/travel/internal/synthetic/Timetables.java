package org.gamescloud.travel.internal.synthetic;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Run times along a stop sequence and departure lists from headways: the arithmetic shared by all modes. */
final class Timetables {

    /** Morning and evening peaks of a working day, in seconds after midnight. */
    static final int[][] PEAKS = {{7 * 3600, 9 * 3600}, {17 * 3600, 19 * 3600}};

    private Timetables() {}

    /** Arrival and departure offsets from the first departure. */
    record RunTimes(int[] arrivals_s, int[] departures_s) {

        int total_s() {
            return arrivals_s[arrivals_s.length - 1];
        }
    }

    /**
     * Runs at {@code speed_mps} between stops (straight-line distance times {@code detour}) and dwells
     * {@code dwell_s} at every intermediate stop; every hop takes at least {@code minHop_s}.
     */
    static RunTimes runTimes(List<GeoPoint> stops, double speed_mps, double detour, int dwell_s, int minHop_s) {
        int n = stops.size();
        int[] arrivals = new int[n];
        int[] departures = new int[n];
        int clock = 0;
        for (int i = 1; i < n; i++) {
            double metres = stops.get(i - 1).distanceMeters(stops.get(i)) * detour;
            clock += Math.max(minHop_s, (int) Math.round(metres / speed_mps / 10.0) * 10);
            arrivals[i] = clock;
            clock += i == n - 1 ? 0 : dwell_s;
            departures[i] = clock;
        }
        return new RunTimes(arrivals, departures);
    }

    /** Departures every {@code headway_s} from {@code first_s} while not after {@code last_s}. */
    static int[] every(int first_s, int last_s, int headway_s) {
        if (last_s < first_s) {
            return new int[0];
        }
        return IntStream.iterate(first_s, t -> t <= last_s, t -> t + headway_s).toArray();
    }

    /**
     * Extra departures of working days that halve the headway inside the peaks: one between each pair of base
     * departures that falls in a peak window.
     */
    static int[] peakSupplement(int[] base, int headway_s) {
        return Arrays.stream(base)
                .map(t -> t + headway_s / 2)
                .filter(Timetables::inPeak)
                .toArray();
    }

    static boolean inPeak(int t) {
        for (int[] peak : PEAKS) {
            if (t >= peak[0] && t < peak[1]) {
                return true;
            }
        }
        return false;
    }

    static int[] merge(int[] a, int[] b) {
        return IntStream.concat(Arrays.stream(a), Arrays.stream(b))
                .sorted()
                .distinct()
                .toArray();
    }

    static int hm(int hours, int minutes) {
        return hours * 3600 + minutes * 60;
    }
}
