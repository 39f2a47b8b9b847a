package org.gamescloud.travel.internal.synthetic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A city's synthetic street grid: intersections every {@link #SPACING_M} metres, each moved by a fixed pseudo-random
 * jitter so that stops end up 400–600 m apart along a street. Rows (east–west streets) and columns (north–south
 * streets) get synthetic names. Water (West Lake, the Qiantang river in Hangzhou) holds no stops.
 */
final class StreetGrid {

    static final double SPACING_M = 480;
    private static final double JITTER_M = 45;

    record Node(int x, int y) {}

    /** A disk of urban area served by the city's buses. */
    record District(String name, GeoPoint centre, double radius_m, int routes) {}

    private final String cityCode;
    private final GeoPoint origin;
    private final List<District> districts;
    private final Water water;
    private final Map<Integer, PlaceNames.Name> rowNames = new HashMap<>();
    private final Map<Integer, PlaceNames.Name> columnNames = new HashMap<>();
    private final PlaceNames names;

    StreetGrid(String cityCode, List<District> districts, Water water) {
        this.cityCode = cityCode;
        this.origin = districts.get(0).centre();
        this.districts = districts;
        this.water = water;
        this.names = new PlaceNames(cityCode.hashCode() * 31L);
    }

    String cityCode() {
        return cityCode;
    }

    List<District> districts() {
        return districts;
    }

    Node nearest(GeoPoint point) {
        return new Node((int) Math.round(point.eastOf(origin) / SPACING_M), (int)
                Math.round(point.northOf(origin) / SPACING_M));
    }

    GeoPoint location(Node node) {
        long h = mix(cityCode.hashCode(), node.x(), node.y());
        double north = ((h & 0xFFFF) / 65535.0 - 0.5) * 2 * JITTER_M;
        double east = (((h >>> 16) & 0xFFFF) / 65535.0 - 0.5) * 2 * JITTER_M;
        return origin.offset(node.y() * SPACING_M + north, node.x() * SPACING_M + east);
    }

    boolean isUrban(Node node) {
        GeoPoint at = location(node);
        return districts.stream().anyMatch(d -> d.centre().distanceMeters(at) <= d.radius_m());
    }

    boolean isWater(Node node) {
        return water.contains(location(node));
    }

    /** A stable pseudo-random number in [0, 1) for a node and a purpose, independent of generation order. */
    double chance(Node node, int purpose) {
        return (mix(cityCode.hashCode() * 7 + purpose, node.x(), node.y()) >>> 11) / (double) (1L << 53);
    }

    String name(Node node) {
        PlaceNames.Name row = rowNames.computeIfAbsent(node.y(), y -> names.next());
        PlaceNames.Name column = columnNames.computeIfAbsent(node.x(), x -> names.next());
        return row.en() + " / " + column.en();
    }

    private static long mix(long a, long b, long c) {
        long h = a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL + c * 0x165667B19E3779F9L;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    /** Areas without bus stops: approximate outlines from general knowledge, not surveyed. */
    record Water(List<Ellipse> lakes, List<GeoPoint> river, double riverHalfWidth_m) {

        record Ellipse(GeoPoint centre, double northRadius_m, double eastRadius_m) {}

        static final Water NONE = new Water(List.of(), List.of(), 0);

        /** West Lake and the Qiantang river through Hangzhou. */
        static final Water HANGZHOU = new Water(
                List.of(new Ellipse(GeoPoint.of(30.2440, 120.1440), 1600, 1300)),
                List.of(
                        GeoPoint.of(30.0900, 119.9800),
                        GeoPoint.of(30.1550, 120.0900),
                        GeoPoint.of(30.1950, 120.1450),
                        GeoPoint.of(30.2180, 120.1850),
                        GeoPoint.of(30.2380, 120.2200),
                        GeoPoint.of(30.2550, 120.2650),
                        GeoPoint.of(30.2700, 120.3300),
                        GeoPoint.of(30.2750, 120.4200)),
                450);

        boolean contains(GeoPoint point) {
            for (Ellipse lake : lakes) {
                double n = point.northOf(lake.centre()) / lake.northRadius_m();
                double e = point.eastOf(lake.centre()) / lake.eastRadius_m();
                if (n * n + e * e <= 1) {
                    return true;
                }
            }
            for (int i = 1; i < river.size(); i++) {
                if (distanceToSegment(point, river.get(i - 1), river.get(i)) <= riverHalfWidth_m) {
                    return true;
                }
            }
            return false;
        }

        private static double distanceToSegment(GeoPoint p, GeoPoint a, GeoPoint b) {
            double bx = b.eastOf(a);
            double by = b.northOf(a);
            double px = p.eastOf(a);
            double py = p.northOf(a);
            double t = Math.max(0, Math.min(1, (px * bx + py * by) / (bx * bx + by * by)));
            return Math.hypot(px - t * bx, py - t * by);
        }
    }
}
