package org.gamescloud.travel.internal.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gamescloud.travel.internal.synthetic.FeedModel.Stop;

/**
 * Walking transfers between stops at most {@link #MAX_DISTANCE_M} apart, found with a uniform grid index (cells a
 * little wider than the search radius, so that despite the flat projection only the 3×3 cells around a stop need
 * searching). The walking time is the straight-line
 * distance times {@link #DETOUR_FACTOR} at {@link #WALK_SPEED_MPS}, never less than {@link #MIN_TRANSFER_S}.
 */
final class Footpaths {

    static final double MAX_DISTANCE_M = 400;
    static final double WALK_SPEED_MPS = 1.2;
    static final double DETOUR_FACTOR = 1.3;
    static final int MIN_TRANSFER_S = 60;
    private static final double CELL_M = 450;

    /** A walking link from one stop to another. */
    record Footpath(String fromStopId, String toStopId, int distance_m, int duration_s) {}

    static int walkSeconds(double distance_m) {
        return Math.max(MIN_TRANSFER_S, (int) Math.ceil(distance_m * DETOUR_FACTOR / WALK_SPEED_MPS));
    }

    /** Calls {@code sink} for every ordered pair within reach, ordered by from-stop then to-stop (ids as sorted). */
    static long forEach(List<Stop> stopsSortedById, Consumer<Footpath> sink) {
        if (stopsSortedById.isEmpty()) {
            return 0;
        }
        GeoPoint origin = stopsSortedById.get(0).location();
        Map<Long, List<Integer>> cells = new HashMap<>();
        for (int i = 0; i < stopsSortedById.size(); i++) {
            cells.computeIfAbsent(cell(origin, stopsSortedById.get(i).location(), 0, 0), k -> new ArrayList<>())
                    .add(i);
        }
        long count = 0;
        List<Integer> near = new ArrayList<>();
        for (int i = 0; i < stopsSortedById.size(); i++) {
            Stop from = stopsSortedById.get(i);
            near.clear();
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    near.addAll(cells.getOrDefault(cell(origin, from.location(), dx, dy), List.of()));
                }
            }
            near.sort(null);
            for (int j : near) {
                if (j == i) {
                    continue;
                }
                Stop to = stopsSortedById.get(j);
                double distance = from.location().distanceMeters(to.location());
                if (distance <= MAX_DISTANCE_M) {
                    sink.accept(new Footpath(from.id(), to.id(), (int) Math.round(distance), walkSeconds(distance)));
                    count++;
                }
            }
        }
        return count;
    }

    private static long cell(GeoPoint origin, GeoPoint point, int dx, int dy) {
        long x = (long) Math.floor(point.eastOf(origin) / CELL_M) + dx;
        long y = (long) Math.floor(point.northOf(origin) / CELL_M) + dy;
        return (x << 32) ^ (y & 0xFFFFFFFFL);
    }
}
