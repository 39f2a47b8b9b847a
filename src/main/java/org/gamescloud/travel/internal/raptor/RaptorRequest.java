package org.gamescloud.travel.internal.raptor;

import java.util.List;

/**
 * A journey search: leave the origin at {@code departureTime} (or any time up to {@code window_s} later, a range
 * query), reach a stop of {@code access}, ride at most {@code maxTransfers + 1} trips, leave the last one at a stop of
 * {@code egress}. With {@code wheelchair}, only accessible trips, boarded and left at accessible stops.
 */
public record RaptorRequest(
        int departureTime,
        int window_s,
        List<AccessEgress> access,
        List<AccessEgress> egress,
        int maxTransfers,
        boolean wheelchair) {

    public static final int MAX_TRANSFERS = 6;

    public RaptorRequest {
        if (maxTransfers < 0 || maxTransfers > MAX_TRANSFERS) {
            throw new IllegalArgumentException("maxTransfers must be 0.." + MAX_TRANSFERS);
        }
        if (window_s < 0) {
            throw new IllegalArgumentException("negative window");
        }
        access = List.copyOf(access);
        egress = List.copyOf(egress);
    }

    public static RaptorRequest at(int departureTime, List<AccessEgress> access, List<AccessEgress> egress) {
        return new RaptorRequest(departureTime, 0, access, egress, MAX_TRANSFERS, false);
    }

    int maxTrips() {
        return maxTransfers + 1;
    }
}
