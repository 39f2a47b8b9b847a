package org.gamescloud.travel.internal.timetable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gamescloud.travel.internal.gtfs.GtfsFeed;

/**
 * Walks between stops: generated between every two stops up to {@link Walking#FOOTPATH_RADIUS_M} apart, then
 * adjusted by transfers.txt (type 3 removes one, a {@code min_transfer_time} lengthens one, a transfer between
 * stops further apart adds one). Changes at the same stop take no time and need no footpath.
 */
final class Footpaths {

    private final double[] latitudes;
    private final double[] longitudes;
    private final List<Map<Integer, Integer>> durations = new ArrayList<>();

    Footpaths(double[] latitudes, double[] longitudes) {
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        GridIndex index = new GridIndex(latitudes, longitudes);
        for (int stop = 0; stop < latitudes.length; stop++) {
            Map<Integer, Integer> near = new HashMap<>();
            for (GridIndex.Near other : index.within(latitudes[stop], longitudes[stop], Walking.FOOTPATH_RADIUS_M)) {
                if (other.point() != stop) {
                    near.put(other.point(), Walking.duration_s(other.distance_m()));
                }
            }
            durations.add(near);
        }
    }

    void apply(int from, int to, GtfsFeed.Transfer transfer) {
        if (from == to) {
            return;
        }
        Map<Integer, Integer> fromStop = durations.get(from);
        if (transfer.type() == 3) {
            fromStop.remove(to);
            return;
        }
        int walk = Walking.duration_s(
                Walking.distance_m(latitudes[from], longitudes[from], latitudes[to], longitudes[to]));
        fromStop.put(to, Math.max(walk, transfer.minTime()));
    }

    void fill(int[][] targets, int[][] seconds) {
        for (int stop = 0; stop < durations.size(); stop++) {
            Map<Integer, Integer> near = durations.get(stop);
            int[] to = TimetableBuilder.sortedCopy(
                    near.keySet().stream().mapToInt(Integer::intValue).toArray());
            int[] duration = new int[to.length];
            for (int i = 0; i < to.length; i++) {
                duration[i] = near.get(to[i]);
            }
            targets[stop] = to;
            seconds[stop] = duration;
        }
    }
}
