package org.gamescloud.travel.internal.raptor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A brute-force reference for RAPTOR: a Connection Scan run once per number of trips. Round k scans every elementary
 * connection (one trip between two consecutive stops) in departure order and boards any trip at a stop reached with
 * at most k - 1 trips; walks follow a trip as in RAPTOR. No patterns, no trip search, no pruning: slow and obvious.
 */
final class ConnectionScanOracle {

    private record Connection(int departure, int arrival, int from, int to, long trip, boolean accessible) {}

    private static final int UNREACHED = Integer.MAX_VALUE;

    private final RaptorTransitData data;
    private final List<Connection> connections = new ArrayList<>();

    ConnectionScanOracle(RaptorTransitData data) {
        this.data = data;
        for (int p = 0; p < data.patternCount(); p++) {
            int[] stops = data.stopsOf(p);
            for (int t = 0; t < data.tripCount(p); t++) {
                long trip = (long) p << 32 | t;
                for (int i = 0; i + 1 < stops.length; i++) {
                    connections.add(new Connection(
                            data.departure(p, t, i),
                            data.arrival(p, t, i + 1),
                            stops[i],
                            stops[i + 1],
                            trip,
                            data.tripAccessible(p, t)));
                }
            }
        }
        connections.sort(Comparator.comparingInt(Connection::departure).thenComparingInt(Connection::arrival));
    }

    /** The earliest arrival with at most k trips, for k = 1..maxTransfers + 1. */
    int[] earliestArrivals(RaptorRequest request) {
        int stops = data.stopCount();
        int trips = request.maxTransfers() + 1;
        int[] reachedBefore = new int[stops];
        Arrays.fill(reachedBefore, UNREACHED);
        for (AccessEgress access : request.access()) {
            reachedBefore[access.stop()] =
                    Math.min(reachedBefore[access.stop()], request.departureTime() + access.duration_s());
        }
        int[] ride = new int[stops];
        Arrays.fill(ride, UNREACHED);
        int[] arrivals = new int[trips];
        for (int k = 1; k <= trips; k++) {
            int[] reached = reachedBefore.clone();
            Set<Long> onBoard = new HashSet<>();
            for (Connection c : connections) {
                if (request.wheelchair() && !c.accessible()) {
                    continue;
                }
                boolean canBoard = reachedBefore[c.from()] <= c.departure()
                        && (!request.wheelchair() || data.stopAccessible(c.from()));
                if (!onBoard.contains(c.trip()) && !canBoard) {
                    continue;
                }
                onBoard.add(c.trip());
                if ((request.wheelchair() && !data.stopAccessible(c.to())) || c.arrival() >= ride[c.to()]) {
                    continue;
                }
                ride[c.to()] = c.arrival();
                reached[c.to()] = Math.min(reached[c.to()], c.arrival());
                int[] targets = data.transferTargets(c.to());
                int[] durations = data.transferDurations(c.to());
                for (int i = 0; i < targets.length; i++) {
                    reached[targets[i]] = Math.min(reached[targets[i]], c.arrival() + durations[i]);
                }
            }
            int best = UNREACHED;
            for (AccessEgress egress : request.egress()) {
                if (ride[egress.stop()] != UNREACHED) {
                    best = Math.min(best, ride[egress.stop()] + egress.duration_s());
                }
            }
            arrivals[k - 1] = k > 1 ? Math.min(best, arrivals[k - 2]) : best;
            reachedBefore = reached;
        }
        return arrivals;
    }
}
