package org.gamescloud.travel.internal.timetable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points in a grid of cells about 1.1 km high (0.01° of latitude), so that "points within r metres" looks at a few
 * cells instead of every point. Used for the stops of a timetable and for restaurants.
 */
public final class GridIndex {

    private static final double CELL_DEGREES = 0.01;

    /** A point found near a place, with its distance. */
    public record Near(int point, double distance_m) {}

    private final double[] latitudes;
    private final double[] longitudes;
    private final Map<Long, int[]> cells = new HashMap<>();

    public GridIndex(double[] latitudes, double[] longitudes) {
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        Map<Long, List<Integer>> building = new HashMap<>();
        for (int i = 0; i < latitudes.length; i++) {
            building.computeIfAbsent(cell(row(latitudes[i]), column(longitudes[i])), c -> new ArrayList<>())
                    .add(i);
        }
        building.forEach((cell, points) ->
                cells.put(cell, points.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The points within {@code radius_m} of the place, nearest first. */
    public List<Near> within(double latitude, double longitude, double radius_m) {
        double latitudeSpan = radius_m / 111_000.0;
        double longitudeSpan = radius_m / (111_000.0 * Math.max(0.01, Math.cos(Math.toRadians(latitude))));
        List<Near> found = new ArrayList<>();
        for (long r = row(latitude - latitudeSpan); r <= row(latitude + latitudeSpan); r++) {
            for (long c = column(longitude - longitudeSpan); c <= column(longitude + longitudeSpan); c++) {
                int[] points = cells.get(cell(r, c));
                if (points == null) {
                    continue;
                }
                for (int point : points) {
                    double distance = Walking.distance_m(latitude, longitude, latitudes[point], longitudes[point]);
                    if (distance <= radius_m) {
                        found.add(new Near(point, distance));
                    }
                }
            }
        }
        Near[] sorted = found.toArray(Near[]::new);
        Arrays.sort(sorted, (a, b) -> Double.compare(a.distance_m(), b.distance_m()));
        return List.of(sorted);
    }

    private static long row(double latitude) {
        return (long) Math.floor(latitude / CELL_DEGREES);
    }

    private static long column(double longitude) {
        return (long) Math.floor(longitude / CELL_DEGREES);
    }

    private static long cell(long row, long column) {
        return row * 1_000_000L + column;
    }
}
