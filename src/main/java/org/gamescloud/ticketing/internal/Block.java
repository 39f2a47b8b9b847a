package org.gamescloud.ticketing.internal;

/**
 * A block of seats in rows of {@code seatsPerRow} (the last row may be shorter), or a standing area, whose places
 * are numbered {@code firstSeat .. firstSeat + seats - 1} in the session's seat numbering.
 */
record Block(String name, String category, boolean standing, int firstSeat, int seats, int seatsPerRow) {

    int endSeat() {
        return firstSeat + seats;
    }

    boolean contains(int seatNo) {
        return seatNo >= firstSeat && seatNo < endSeat();
    }

    int rows() {
        return standing ? 1 : (seats + seatsPerRow - 1) / seatsPerRow;
    }

    /** The first seat of the row holding {@code seatNo}; a standing area is one "row". */
    int rowStart(int seatNo) {
        return standing ? firstSeat : firstSeat + (seatNo - firstSeat) / seatsPerRow * seatsPerRow;
    }

    int rowEnd(int seatNo) {
        return standing ? endSeat() : Math.min(rowStart(seatNo) + seatsPerRow, endSeat());
    }

    int row(int seatNo) {
        return (seatNo - firstSeat) / seatsPerRow + 1;
    }

    int seatInRow(int seatNo) {
        return (seatNo - firstSeat) % seatsPerRow + 1;
    }

    String label(int seatNo) {
        return standing ? "Standing " + name : "Block " + name + ", Row " + row(seatNo) + ", Seat " + seatInRow(seatNo);
    }
}
