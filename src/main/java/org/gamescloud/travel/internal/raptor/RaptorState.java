package org.gamescloud.travel.internal.raptor;

import java.util.Arrays;

/**
 * The labels of a search, per round {@code k} (at most k trips) and stop: the earliest arrival by a trip
 * ({@code ride}) and by any means ({@code reach}: a trip, then possibly one walk; in round 0 the access walk), each
 * with a back-pointer. A label copied forward to a later round keeps the round that made it, so a path can be
 * traced back through the rounds. Labels only improve, which lets a range query reuse them from a later departure
 * for an earlier one.
 */
final class RaptorState {

    static final int UNREACHED = Integer.MAX_VALUE;
    static final int BY_RIDE = -1;
    static final int BY_ACCESS = -2;

    final int rounds;
    final int[][] ride;
    final int[][] ridePattern;
    final int[][] rideTrip;
    final int[][] rideBoard;
    final int[][] rideAlight;
    final int[][] rideRound;
    final int[][] reach;
    final int[][] reachFrom;
    final int[][] reachRound;
    final int[][] reachWalk;

    RaptorState(int stops, int maxTrips) {
        rounds = maxTrips + 1;
        ride = filled(stops);
        reach = filled(stops);
        ridePattern = new int[rounds][stops];
        rideTrip = new int[rounds][stops];
        rideBoard = new int[rounds][stops];
        rideAlight = new int[rounds][stops];
        rideRound = new int[rounds][stops];
        reachFrom = new int[rounds][stops];
        reachRound = new int[rounds][stops];
        reachWalk = new int[rounds][stops];
    }

    private int[][] filled(int stops) {
        int[][] labels = new int[rounds][stops];
        for (int[] round : labels) {
            Arrays.fill(round, UNREACHED);
        }
        return labels;
    }

    boolean improveByAccess(int stop, int time, int walk) {
        if (time >= reach[0][stop]) {
            return false;
        }
        reach[0][stop] = time;
        reachFrom[0][stop] = BY_ACCESS;
        reachRound[0][stop] = 0;
        reachWalk[0][stop] = walk;
        return true;
    }

    void setRide(int k, int stop, int time, int pattern, int trip, int board, int alight) {
        ride[k][stop] = time;
        ridePattern[k][stop] = pattern;
        rideTrip[k][stop] = trip;
        rideBoard[k][stop] = board;
        rideAlight[k][stop] = alight;
        rideRound[k][stop] = k;
    }

    void setReach(int k, int stop, int time, int fromStop, int walk) {
        reach[k][stop] = time;
        reachFrom[k][stop] = fromStop;
        reachRound[k][stop] = k;
        reachWalk[k][stop] = walk;
    }

    /** Carries stop's labels of round {@code k - 1} into round k where they are better; true if any was. */
    boolean carryForward(int k, int stop) {
        boolean carried = false;
        if (ride[k - 1][stop] < ride[k][stop]) {
            ride[k][stop] = ride[k - 1][stop];
            ridePattern[k][stop] = ridePattern[k - 1][stop];
            rideTrip[k][stop] = rideTrip[k - 1][stop];
            rideBoard[k][stop] = rideBoard[k - 1][stop];
            rideAlight[k][stop] = rideAlight[k - 1][stop];
            rideRound[k][stop] = rideRound[k - 1][stop];
            carried = true;
        }
        if (reach[k - 1][stop] < reach[k][stop]) {
            reach[k][stop] = reach[k - 1][stop];
            reachFrom[k][stop] = reachFrom[k - 1][stop];
            reachRound[k][stop] = reachRound[k - 1][stop];
            reachWalk[k][stop] = reachWalk[k - 1][stop];
            carried = true;
        }
        return carried;
    }
}
