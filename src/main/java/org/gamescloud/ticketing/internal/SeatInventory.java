package org.gamescloud.ticketing.internal;

import java.util.BitSet;
import java.util.Optional;

/**
 * Which seats of one session are taken, kept in memory so that claiming seats costs no database round trip. The
 * database stays the source of truth: it is loaded from the tickets that hold or sell seats, and the unique index on
 * (session, seat) refuses a seat that another node claimed. Claims prefer seats side by side in one row.
 */
final class SeatInventory {

    private final SeatMap map;
    private final BitSet taken;

    SeatInventory(SeatMap map, BitSet taken) {
        this.map = map;
        this.taken = taken;
    }

    SeatMap map() {
        return map;
    }

    /**
     * Claims {@code count} seats of the range: the first run of adjacent seats in one row, else any free seats.
     *
     * @return the claimed seat numbers, or empty when fewer than {@code count} are free
     */
    synchronized Optional<int[]> claimBestAvailable(SeatMap.SeatRange range, int count) {
        int pos = taken.nextClearBit(range.first());
        while (pos < range.end()) {
            int rowEnd = Math.min(map.blockOf(pos).rowEnd(pos), range.end());
            int nextTaken = taken.nextSetBit(pos);
            int runEnd = nextTaken < 0 || nextTaken > rowEnd ? rowEnd : nextTaken;
            if (runEnd - pos >= count) {
                return Optional.of(take(pos, count));
            }
            pos = taken.nextClearBit(runEnd);
        }
        return claimScattered(range, count);
    }

    private Optional<int[]> claimScattered(SeatMap.SeatRange range, int count) {
        if (available(range) < count) {
            return Optional.empty();
        }
        int[] seats = new int[count];
        int pos = range.first();
        for (int i = 0; i < count; i++) {
            pos = taken.nextClearBit(pos);
            seats[i] = pos;
            taken.set(pos);
        }
        return Optional.of(seats);
    }

    private int[] take(int first, int count) {
        int[] seats = new int[count];
        for (int i = 0; i < count; i++) {
            seats[i] = first + i;
        }
        taken.set(first, first + count);
        return seats;
    }

    /** Claims exactly these seats, all or none. */
    synchronized boolean claim(int[] seats) {
        for (int seat : seats) {
            if (seat < 0 || seat >= map.capacity() || taken.get(seat)) {
                return false;
            }
        }
        for (int seat : seats) {
            taken.set(seat);
        }
        return true;
    }

    synchronized void release(int[] seats) {
        for (int seat : seats) {
            taken.clear(seat);
        }
    }

    synchronized int available(SeatMap.SeatRange range) {
        return range.size() - taken.get(range.first(), range.end()).cardinality();
    }

    synchronized boolean isTaken(int seat) {
        return taken.get(seat);
    }

    synchronized BitSet snapshot() {
        return (BitSet) taken.clone();
    }
}
