package org.gamescloud.travel.internal.raptor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Follows the back-pointers of a {@link RaptorState} from an egress stop to the access walk. */
final class PathTracer {

    private final RaptorTransitData data;
    private final RaptorState state;

    PathTracer(RaptorTransitData data, RaptorState state) {
        this.data = data;
        this.state = state;
    }

    RaptorPath trace(int round, AccessEgress egress) {
        List<RaptorPath.Leg> legs = new ArrayList<>();
        int stop = egress.stop();
        int k = state.rideRound[round][stop];
        int egressStart = state.ride[round][stop];
        legs.add(new RaptorPath.Egress(stop, egressStart, egressStart + egress.duration_s()));
        int trips = 0;
        while (true) {
            int pattern = state.ridePattern[k][stop];
            int trip = state.rideTrip[k][stop];
            int board = state.rideBoard[k][stop];
            int alight = state.rideAlight[k][stop];
            int boardStop = data.stopsOf(pattern)[board];
            int boardTime = data.departure(pattern, trip, board);
            legs.add(new RaptorPath.Ride(
                    pattern, trip, board, alight, boardStop, stop, boardTime, data.arrival(pattern, trip, alight)));
            trips++;
            int before = k - 1;
            int from = state.reachFrom[before][boardStop];
            int walk = state.reachWalk[before][boardStop];
            if (from == RaptorState.BY_ACCESS) {
                legs.add(new RaptorPath.Access(boardStop, boardTime - walk, boardTime));
                break;
            }
            int reachRound = state.reachRound[before][boardStop];
            if (from == RaptorState.BY_RIDE) {
                stop = boardStop;
            } else {
                int walkStart = state.ride[reachRound][from];
                legs.add(new RaptorPath.Transfer(from, boardStop, walkStart, walkStart + walk));
                stop = from;
            }
            k = state.rideRound[reachRound][stop];
        }
        Collections.reverse(legs);
        return new RaptorPath(legs.get(0).start(), legs.get(legs.size() - 1).end(), trips - 1, legs);
    }
}
