package org.gamescloud.travel.internal.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gamescloud.travel.internal.synthetic.StreetGrid.District;
import org.gamescloud.travel.internal.synthetic.StreetGrid.Node;

/** Bus line shapes on the street grid: straight, L or Z paths between two urban intersections. */
final class BusPaths {

    private static final int ATTEMPTS = 40;
    private static final int MIN_STOPS = 5;

    private BusPaths() {}

    /** A path of adjacent grid nodes, or an empty list if no acceptable line was found in the district. */
    static List<Node> path(StreetGrid grid, District district, BusRouteKind kind, Random random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Node start = grid.nearest(pointIn(district, random));
            if (!grid.isUrban(start) || grid.isWater(start)) {
                continue;
            }
            double length_m = kind.minLength_m + random.nextDouble() * (kind.maxLength_m - kind.minLength_m);
            int steps = (int) Math.round(length_m / StreetGrid.SPACING_M);
            double share = random.nextDouble();
            int dx = (int) Math.round(steps * share) * (random.nextBoolean() ? 1 : -1);
            int dy = (steps - Math.abs(dx)) * (random.nextBoolean() ? 1 : -1);
            Node end = new Node(start.x() + dx, start.y() + dy);
            if (!grid.isUrban(end) || grid.isWater(end)) {
                continue;
            }
            List<Node> path = random.nextBoolean() ? zShape(start, end, random) : lShape(start, end, random);
            long dry = path.stream().filter(n -> !grid.isWater(n)).count();
            if (dry >= MIN_STOPS) {
                return path;
            }
        }
        return List.of();
    }

    private static GeoPoint pointIn(District district, Random random) {
        double radius = Math.min(1.0, Math.abs(random.nextGaussian()) * 0.5) * district.radius_m();
        double angle = random.nextDouble() * 2 * Math.PI;
        return district.centre().offset(radius * Math.sin(angle), radius * Math.cos(angle));
    }

    private static List<Node> lShape(Node start, Node end, Random random) {
        List<Node> path = new ArrayList<>();
        path.add(start);
        if (random.nextBoolean()) {
            walkX(path, end.x());
            walkY(path, end.y());
        } else {
            walkY(path, end.y());
            walkX(path, end.x());
        }
        return path;
    }

    private static List<Node> zShape(Node start, Node end, Random random) {
        List<Node> path = new ArrayList<>();
        path.add(start);
        int middle = start.x() + (int) Math.round((end.x() - start.x()) * (0.3 + 0.4 * random.nextDouble()));
        walkX(path, middle);
        walkY(path, end.y());
        walkX(path, end.x());
        return path;
    }

    private static void walkX(List<Node> path, int x) {
        Node at = path.get(path.size() - 1);
        int step = Integer.signum(x - at.x());
        for (int i = at.x() + step; step != 0 && i != x + step; i += step) {
            path.add(new Node(i, at.y()));
        }
    }

    private static void walkY(List<Node> path, int y) {
        Node at = path.get(path.size() - 1);
        int step = Integer.signum(y - at.y());
        for (int i = at.y() + step; step != 0 && i != y + step; i += step) {
            path.add(new Node(at.x(), i));
        }
    }
}
