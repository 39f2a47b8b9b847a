package org.gamescloud.ticketing.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seat map as shapes for an SVG picture: the venue's blocks coloured by how many seats are left, and one block's
 * seats (free, taken or picked) for choosing exact seats.
 */
final class SeatMapPicture {

    static final int BLOCKS_PER_LINE = 10;
    static final int BLOCK_WIDTH = 60;
    static final int BLOCK_HEIGHT = 40;
    static final int SEAT = 14;

    private SeatMapPicture() {}

    record BlockShape(String name, String category, int x, int y, int free, int seats, String availability) {}

    record SeatShape(int seatNo, int x, int y, String state, String label) {}

    static List<BlockShape> blocks(SeatMap map, BitSet taken) {
        List<BlockShape> shapes = new ArrayList<>();
        List<Block> blocks = map.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            int free = block.seats()
                    - taken.get(block.firstSeat(), block.endSeat()).cardinality();
            shapes.add(new BlockShape(
                    block.name(),
                    block.category(),
                    (i % BLOCKS_PER_LINE) * (BLOCK_WIDTH + 6),
                    (i / BLOCKS_PER_LINE) * (BLOCK_HEIGHT + 6),
                    free,
                    block.seats(),
                    availability(free, block.seats())));
        }
        return shapes;
    }

    static int blocksHeight(SeatMap map) {
        return ((map.blocks().size() + BLOCKS_PER_LINE - 1) / BLOCKS_PER_LINE) * (BLOCK_HEIGHT + 6);
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
