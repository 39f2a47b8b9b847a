package org.gamescloud.travel.internal.gtfs;

/** The modes journeys are told in. */
public enum TransitMode {
    WALK,
    BUS,
    METRO,
    TRAM,
    RAIL,
    FERRY,
    SHUTTLE
}
