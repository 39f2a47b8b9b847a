package org.gamescloud.travel.internal.raptor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Round-based public transit routing. Round k rides a k-th trip from every stop improved in round k - 1: each pattern
 * calling there is scanned once from the first such stop, hopping on the earliest catchable trip, then one footpath
 * is walked from every stop a trip improved. After each round the best arrival at the destination with at most k
 * trips is known; the rounds where it improves are the Pareto set (arrival × transfers).
 *
 * <p>A range query (rRAPTOR) repeats the search for every minute of the window, latest first, keeping the labels:
 * what a later departure reached is still reachable from an earlier one, so each earlier search only explores what
 * it improves.
 *
 * <p>Not thread-safe state is confined to one call; a {@code Raptor} may be shared.
 */
public final class Raptor {

    private static final int RANGE_STEP_S = 60;

    private final RaptorTransitData data;

    public Raptor(RaptorTransitData data) {
        this.data = data;
    }

    /** The Pareto-optimal journeys, by departure (latest first) then transfers. */
    public List<RaptorPath> route(RaptorRequest request) {
        Search search = new Search(request);
        List<RaptorPath> found = new ArrayList<>();
        for (int departure = request.departureTime() + request.window_s();
                departure >= request.departureTime();
                departure -= RANGE_STEP_S) {
            search.run(departure);
            found.addAll(search.paths());
            if (request.window_s() == 0) {
                break;
            }
        }
        return paretoSet(found);
    }

    /**
     * The earliest arrival at the destination with at most k trips, for k = 1..maxTransfers + 1 (index k - 1);
     * {@link Integer#MAX_VALUE} when unreachable. For a single departure.
     */
    public int[] earliestArrivals(RaptorRequest request) {
        Search search = new Search(request);
        search.run(request.departureTime());
        int[] arrivals = Arrays.copyOfRange(search.destination, 1, search.destination.length);
        for (int k = 1; k < arrivals.length; k++) {
            arrivals[k] = Math.min(arrivals[k], arrivals[k - 1]);
        }
        return arrivals;
    }

    private static List<RaptorPath> paretoSet(List<RaptorPath> paths) {
        List<RaptorPath> sorted = new ArrayList<>(paths);
        sorted.sort(Comparator.comparingInt(RaptorPath::arrival)
                .thenComparingInt(RaptorPath::transfers)
                .thenComparing(Comparator.comparingInt(RaptorPath::departure).reversed()));
        List<RaptorPath> set = new ArrayList<>();
        for (RaptorPath candidate : sorted) {
            boolean dominated = set.stream()
                    .anyMatch(kept ->
                            kept.departure() >= candidate.departure() && kept.transfers() <= candidate.transfers());
            if (!dominated) {
                set.add(candidate);
            }
        }
        set.sort(Comparator.comparingInt(RaptorPath::departure).reversed().thenComparingInt(RaptorPath::transfers));
        return set;
    }

    /** One search's labels and scratch space. */
    private final class Search {

        private final RaptorRequest request;
        private final RaptorState state;
        private final int[] destination;
        private final int minEgress;
        private final int[] egressWalk;
        private boolean[] marked;
        private boolean[] touched;
        private final int[] firstPosition;
        private final int[] queuedPatterns;
        private int lastRound;

        Search(RaptorRequest request) {
            this.request = request;
            int stops = data.stopCount();
            state = new RaptorState(stops, request.maxTrips());
            destination = new int[request.maxTrips() + 1];
            Arrays.fill(destination, RaptorState.UNREACHED);
            egressWalk = new int[stops];
            Arrays.fill(egressWalk, -1);
            int shortest = Integer.MAX_VALUE;
            for (AccessEgress egress : request.egress()) {
                int known = egressWalk[egress.stop()];
                egressWalk[egress.stop()] = known < 0 ? egress.duration_s() : Math.min(known, egress.duration_s());
                shortest = Math.min(shortest, egress.duration_s());
            }
            minEgress = shortest == Integer.MAX_VALUE ? 0 : shortest;
            marked = new boolean[stops];
            touched = new boolean[stops];
            firstPosition = new int[data.patternCount()];
            Arrays.fill(firstPosition, Integer.MAX_VALUE);
            queuedPatterns = new int[data.patternCount()];
        }

        void run(int departure) {
            Arrays.fill(marked, false);
            boolean any = false;
            for (AccessEgress access : request.access()) {
                if (state.improveByAccess(access.stop(), departure + access.duration_s(), access.duration_s())) {
                    marked[access.stop()] = true;
                    any = true;
                }
            }
            lastRound = 0;
            for (int k = 1; k <= request.maxTrips() && any; k++) {
                any = carryForward(k);
                any |= ridePatterns(k);
                updateDestination(k);
                lastRound = k;
            }
        }

        /**
         * Round k starts from the labels of round k - 1 (at most k - 1 trips is also at most k): stops changed in
         * round k - 1 carry their labels forward, and stay "touched" so that they carry on into round k + 1.
         */
        private boolean carryForward(int k) {
            boolean carried = false;
            for (int stop = 0; stop < marked.length; stop++) {
                boolean changed = (marked[stop] || touched[stop]) && state.carryForward(k, stop);
                touched[stop] = changed;
                carried |= changed;
            }
            return carried;
        }

        private boolean ridePatterns(int k) {
            int queued = 0;
            for (int stop = 0; stop < marked.length; stop++) {
                if (!marked[stop]) {
                    continue;
                }
                int[] patterns = data.patternsAt(stop);
                int[] positions = data.positionsAt(stop);
                for (int i = 0; i < patterns.length; i++) {
                    int pattern = patterns[i];
                    if (firstPosition[pattern] == Integer.MAX_VALUE) {
                        queuedPatterns[queued++] = pattern;
                    }
                    firstPosition[pattern] = Math.min(firstPosition[pattern], positions[i]);
                }
            }
            Arrays.fill(marked, false);
            boolean improved = false;
            for (int q = 0; q < queued; q++) {
                int pattern = queuedPatterns[q];
                improved |= ridePattern(k, pattern, firstPosition[pattern]);
                firstPosition[pattern] = Integer.MAX_VALUE;
            }
            if (improved) {
                walkFootpaths(k);
            }
            return improved;
        }

        private boolean ridePattern(int k, int pattern, int from) {
            int[] stops = data.stopsOf(pattern);
            int[] reachedBefore = state.reach[k - 1];
            int[] ride = state.ride[k];
            int bound = destinationBound(k);
            boolean wheelchair = request.wheelchair();
            boolean improved = false;
            int trip = -1;
            int boardPosition = -1;
            for (int position = from; position < stops.length; position++) {
                int stop = stops[position];
                boolean usable = !wheelchair || data.stopAccessible(stop);
                if (trip >= 0 && usable) {
                    int arrival = data.arrival(pattern, trip, position);
                    if (arrival < ride[stop] && arrival + minEgress < bound) {
                        state.setRide(k, stop, arrival, pattern, trip, boardPosition, position);
                        touched[stop] = true;
                        improved = true;
                        if (arrival < state.reach[k][stop]) {
                            state.setReach(k, stop, arrival, RaptorState.BY_RIDE, 0);
                            marked[stop] = true;
                        }
                    }
                }
                int readyAt = reachedBefore[stop];
                if (usable
                        && readyAt != RaptorState.UNREACHED
                        && (trip < 0 || readyAt <= data.departure(pattern, trip, position))) {
                    int earliest = earliestTrip(pattern, position, readyAt, trip < 0 ? data.tripCount(pattern) : trip);
                    if (earliest >= 0 && earliest != trip) {
                        trip = earliest;
                        boardPosition = position;
                    }
                }
            }
            return improved;
        }

        /** The first trip departing at or after {@code readyAt}, before trip {@code before}; -1 if none. */
        private int earliestTrip(int pattern, int position, int readyAt, int before) {
            int low = 0;
            int high = before;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (data.departure(pattern, middle, position) < readyAt) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            if (request.wheelchair()) {
                while (low < before && !data.tripAccessible(pattern, low)) {
                    low++;
                }
            }
            return low < before ? low : -1;
        }

        private void walkFootpaths(int k) {
            int[] ride = state.ride[k];
            int[] reach = state.reach[k];
            for (int stop = 0; stop < touched.length; stop++) {
                if (!touched[stop] || state.rideRound[k][stop] != k) {
                    continue;
                }
                int[] targets = data.transferTargets(stop);
                int[] durations = data.transferDurations(stop);
                for (int i = 0; i < targets.length; i++) {
                    int target = targets[i];
                    int arrival = ride[stop] + durations[i];
                    if (arrival < reach[target]) {
                        state.setReach(k, target, arrival, stop, durations[i]);
                        marked[target] = true;
                        touched[target] = true;
                    }
                }
            }
        }

        private int destinationBound(int k) {
            int bound = destination[k];
            for (int j = 1; j < k; j++) {
                bound = Math.min(bound, destination[j]);
            }
            return bound;
        }

        private void updateDestination(int k) {
            destination[k] = Math.min(destination[k], destination[k - 1]);
            for (AccessEgress egress : request.egress()) {
                int arrival = state.ride[k][egress.stop()];
                if (arrival != RaptorState.UNREACHED) {
                    destination[k] = Math.min(destination[k], arrival + egress.duration_s());
                }
            }
        }

        /** The journeys of the last run that improve on fewer trips, one per round. */
        List<RaptorPath> paths() {
            PathTracer tracer = new PathTracer(data, state);
            List<RaptorPath> paths = new ArrayList<>();
            int best = RaptorState.UNREACHED;
            for (int k = 1; k <= lastRound; k++) {
                AccessEgress bestEgress = null;
                int arrival = RaptorState.UNREACHED;
                for (AccessEgress egress : request.egress()) {
                    int ride = state.ride[k][egress.stop()];
                    if (ride != RaptorState.UNREACHED && ride + egress.duration_s() < arrival) {
                        arrival = ride + egress.duration_s();
                        bestEgress = egress;
                    }
                }
                if (bestEgress != null && arrival < best) {
                    best = arrival;
                    paths.add(tracer.trace(k, bestEgress));
                }
            }
            return paths;
        }
    }
}
