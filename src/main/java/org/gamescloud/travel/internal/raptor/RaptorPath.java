package org.gamescloud.travel.internal.raptor;

import java.util.List;

/**
 * A journey found by RAPTOR: leave the origin at {@code departure}, reach the destination at {@code arrival}, with
 * {@code transfers} changes between trips, through {@code legs} in order.
 */
public record RaptorPath(int departure, int arrival, int transfers, List<Leg> legs) {

    public sealed interface Leg permits Access, Ride, Transfer, Egress {
        int start();

        int end();
    }

    /** Walk from the origin to {@code stop}. */
    public record Access(int stop, int start, int end) implements Leg {}

    /** Ride trip {@code trip} of {@code pattern} from position {@code boardPosition} to {@code alightPosition}. */
    public record Ride(
            int pattern, int trip, int boardPosition, int alightPosition, int fromStop, int toStop, int start, int end)
            implements Leg {}

    /** Walk (or change) between two stops. */
    public record Transfer(int fromStop, int toStop, int start, int end) implements Leg {}

    /** Walk from {@code stop} to the destination. */
    public record Egress(int stop, int start, int end) implements Leg {}

    public RaptorPath {
        legs = List.copyOf(legs);
    }

    public int duration_s() {
        return arrival - departure;
    }
}
