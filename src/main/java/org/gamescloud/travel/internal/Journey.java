package org.gamescloud.travel.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** A recommended journey as the API shows it; legs in order, walks included. */
record Journey(OffsetDateTime departure, OffsetDateTime arrival, int transfers, List<Leg> legs) {

    /**
     * One leg: {@code mode} WALK, BUS, METRO, TRAM, RAIL, FERRY or SHUTTLE; {@code route} the route's short name
     * (empty for walks); {@code from}/{@code to} place ids in the query's forms, with their names for display.
     */
    record Leg(
            String mode,
            String route,
            String from,
            String to,
            OffsetDateTime departure,
            OffsetDateTime arrival,
            String fromName,
            String toName,
            double fromLatitude,
            double fromLongitude,
            double toLatitude,
            double toLongitude) {}

    public long minutes() {
        return Duration.between(departure, arrival).toMinutes();
    }

    boolean isWalkOnly() {
        return legs.size() == 1 && legs.get(0).mode().equals("WALK");
    }

    /** The same walk-only journey, set off so as to arrive at {@code arrival}. */
    Journey shiftedToArriveAt(OffsetDateTime arrival) {
        Duration shift = Duration.between(this.arrival, arrival);
        Leg walk = legs.get(0);
        Leg shifted = new Leg(
                walk.mode(),
                walk.route(),
                walk.from(),
                walk.to(),
                walk.departure().plus(shift),
                arrival,
                walk.fromName(),
                walk.toName(),
                walk.fromLatitude(),
                walk.fromLongitude(),
                walk.toLatitude(),
                walk.toLongitude());
        return new Journey(departure.plus(shift), arrival, 0, List.of(shifted));
    }
}
