package org.gamescloud.ticketing.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seat map as shapes for an SVG picture: the venue's blocks as stands around the field ({@link Bowl}), coloured by
 * how many seats are left, and one block's
 * seats (free, taken or picked) for choosing exact seats.
 */
final class SeatMapPicture {

    static final int SEAT = 14;

    private SeatMapPicture() {}

    record BlockShape(
            String name,
            String category,
            String path,
            int labelX,
            int labelY,
            int free,
            int seats,
            String availability) {}

    /** The venue picture: the blocks as stands around the field, and the picture's size. */
    record Venue(List<BlockShape> blocks, int width, int height, int fieldX, int fieldY, int fieldRx, int fieldRy) {}

    record SeatShape(int seatNo, int x, int y, String state, String label) {}

    static Venue venue(SeatMap map, BitSet taken) {
        List<Block> blocks = map.blocks();
        Bowl.Layout layout = Bowl.layout(blocks.size());
        List<BlockShape> shapes = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Bowl.Wedge wedge = layout.wedges().get(i);
            int free = block.seats()
                    - taken.get(block.firstSeat(), block.endSeat()).cardinality();
            shapes.add(new BlockShape(
                    block.name(),
                    block.category(),
                    wedge.path(),
                    wedge.labelX(),
                    wedge.labelY(),
                    free,
                    block.seats(),
                    availability(free, block.seats())));
        }
        return new Venue(
                shapes,
                layout.width(),
                layout.height(),
                layout.centreX(),
                layout.centreY(),
                Bowl.FIELD_RX,
                Bowl.FIELD_RY);
    }

    private static String availability(int free, int seats) {
        if (free == 0) {
            return "sold-out";
        }
        return free * 4 < seats ? "few" : "many";
    }

    static List<SeatShape> seats(Block block, BitSet taken, Set<Integer> picked) {
        List<SeatShape> shapes = new ArrayList<>();
        for (int seat = block.firstSeat(); seat < block.endSeat(); seat++) {
            String state = picked.contains(seat) ? "picked" : taken.get(seat) ? "taken" : "free";
            shapes.add(new SeatShape(
                    seat,
                    (block.seatInRow(seat) - 1) * (SEAT + 2) + 30,
                    (block.row(seat) - 1) * (SEAT + 2),
                    state,
                    block.label(seat)));
        }
        return shapes;
    }

    /** The picked seats after a click on {@code seat}: added if it was not picked, removed if it was. */
    static String toggle(Set<Integer> picked, int seat) {
        Set<Integer> next = new java.util.TreeSet<>(picked);
        if (!next.remove(seat)) {
            next.add(seat);
        }
        return next.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
