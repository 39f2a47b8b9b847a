package org.gamescloud.travel.internal.timetable;

/**
 * How walks are costed: straight-line (great-circle) distance at 1.2 m/s (4.3 km/h, a relaxed pace that leaves room
 * for crossings and detours), footpaths generated between stops up to 400 m apart, and access or egress walks to
 * stops up to 1 km from a place.
 */
public final class Walking {

    public static final double SPEED_M_PER_S = 1.2;
    public static final double FOOTPATH_RADIUS_M = 400;
    public static final double ACCESS_RADIUS_M = 1000;

    private static final double EARTH_RADIUS_M = 6_371_000;

    private Walking() {}

    public static int duration_s(double distance_m) {
        return (int) Math.ceil(distance_m / SPEED_M_PER_S);
    }

    public static double distance_m(double latitude1, double longitude1, double latitude2, double longitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double deltaPhi = phi2 - phi1;
        double deltaLambda = Math.toRadians(longitude2 - longitude1);
        double a = Math.sin(deltaPhi / 2) * Math.sin(deltaPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(deltaLambda / 2) * Math.sin(deltaLambda / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
