package org.gamescloud.travel.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A journey ready for the page: its legs for the timeline, and a schematic map of them as SVG segments, the legs'
 * end points projected into a {@link #WIDTH} × {@link #HEIGHT} box (equirectangular, north up, aspect kept).
 */
record JourneyView(Journey journey, List<Segment> segments, List<Point> points) {

    static final int WIDTH = 320;
    static final int HEIGHT = 160;
    private static final int MARGIN = 14;

    record Segment(String mode, double x1, double y1, double x2, double y2) {}

    record Point(String name, double x, double y) {}

    static JourneyView of(Journey journey) {
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        for (Journey.Leg leg : journey.legs()) {
            minLat = Math.min(minLat, Math.min(leg.fromLatitude(), leg.toLatitude()));
            maxLat = Math.max(maxLat, Math.max(leg.fromLatitude(), leg.toLatitude()));
            minLon = Math.min(minLon, Math.min(leg.fromLongitude(), leg.toLongitude()));
            maxLon = Math.max(maxLon, Math.max(leg.fromLongitude(), leg.toLongitude()));
        }
        double squeeze = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * squeeze, 1e-6);
        double spanY = Math.max(maxLat - minLat, 1e-6);
        double scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN) / spanY);
        double originLon = minLon;
        double originLat = maxLat;
        List<Segment> segments = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (Journey.Leg leg : journey.legs()) {
            double x1 = MARGIN + (leg.fromLongitude() - originLon) * squeeze * scale;
            double y1 = MARGIN + (originLat - leg.fromLatitude()) * scale;
            double x2 = MARGIN + (leg.toLongitude() - originLon) * squeeze * scale;
            double y2 = MARGIN + (originLat - leg.toLatitude()) * scale;
            segments.add(new Segment(leg.mode(), round(x1), round(y1), round(x2), round(y2)));
            if (points.isEmpty()) {
                points.add(new Point(leg.fromName(), round(x1), round(y1)));
            }
            points.add(new Point(leg.toName(), round(x2), round(y2)));
        }
        return new JourneyView(journey, segments, points);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }
}
