package org.gamescloud.travel.internal.gtfs;

/**
 * GTFS {@code route_type} to mode: the basic types (0 tram, 1 metro, 2 rail, 3 bus, 4 ferry, 5 cable tram, 6 aerial
 * lift, 7 funicular, 11 trolleybus, 12 monorail) and the extended (Google/HVT) ranges: 100s rail, 200s coach, 400s
 * urban rail, 700s bus with 711 "Shuttle Bus", 900s tram, 1000s and 1200 water.
 */
public final class RouteTypes {

    private RouteTypes() {}

    /** The mode, or null for a type that is not GTFS. */
    public static TransitMode modeOf(int routeType) {
        return switch (routeType) {
            case 0, 5, 7 -> TransitMode.TRAM;
            case 1, 12 -> TransitMode.METRO;
            case 2 -> TransitMode.RAIL;
            case 3, 6, 11 -> TransitMode.BUS;
            case 4, 1200 -> TransitMode.FERRY;
            case 711 -> TransitMode.SHUTTLE;
            default -> extended(routeType);
        };
    }

    private static TransitMode extended(int routeType) {
        if (routeType >= 100 && routeType < 200) {
            return TransitMode.RAIL;
        }
        if (routeType >= 400 && routeType < 500) {
            return TransitMode.METRO;
        }
        if (routeType >= 200 && routeType < 300 || routeType >= 700 && routeType < 800) {
            return TransitMode.BUS;
        }
        if (routeType >= 900 && routeType < 1000) {
            return TransitMode.TRAM;
        }
        if (routeType >= 1000 && routeType < 1100) {
            return TransitMode.FERRY;
        }
        if (routeType >= 1300 && routeType < 1500) {
            return TransitMode.TRAM;
        }
        return null;
    }
}
