package org.gamescloud.travel.internal.synthetic;

/**
 * A WGS84 position rounded to 6 decimals (~0.1 m), the precision written to stops.txt, so that distances computed
 * here are the distances a consumer computes from the file.
 */
record GeoPoint(double lat, double lon) {

    private static final double EARTH_RADIUS_M = 6_371_000.0;
    private static final double METRES_PER_DEGREE = Math.PI * EARTH_RADIUS_M / 180.0;

    static GeoPoint of(double lat, double lon) {
        return new GeoPoint(Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6);
    }

    /** Great-circle (haversine) distance. */
    double distanceMeters(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat))
                        * Math.cos(Math.toRadians(other.lat))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    GeoPoint offset(double north_m, double east_m) {
        double lonScale = METRES_PER_DEGREE * Math.cos(Math.toRadians(lat));
        return of(lat + north_m / METRES_PER_DEGREE, lon + east_m / lonScale);
    }

    GeoPoint towards(GeoPoint to, double fraction) {
        return of(lat + (to.lat - lat) * fraction, lon + (to.lon - lon) * fraction);
    }

    /** Metres north of {@code origin} (local flat approximation, for grids). */
    double northOf(GeoPoint origin) {
        return (lat - origin.lat) * METRES_PER_DEGREE;
    }

    /** Metres east of {@code origin} (local flat approximation, for grids). */
    double eastOf(GeoPoint origin) {
        return (lon - origin.lon) * METRES_PER_DEGREE * Math.cos(Math.toRadians(origin.lat));
    }
}
