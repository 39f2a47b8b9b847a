package org.gamescloud.ticketing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seats of a venue, generated deterministically from its capacity, so that every node (and every restart) numbers
 * the same seats the same way: blocks of rows for seated venues, four standing areas for road and open-course venues.
 * Blocks are ordered by category (A nearest the field of play), so each category is one contiguous seat range.
 */
final class SeatMap {

    static final int SEATS_PER_ROW = 25;

    /** Share of blocks per category, best first. */
    private static final double[] CATEGORY_SHARES = {0.15, 0.30, 0.35, 0.20};

    private static final String[] CATEGORIES = {"A", "B", "C", "D"};

    private final List<Block> blocks;
    private final int capacity;

    private SeatMap(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
        this.capacity = blocks.isEmpty() ? 0 : blocks.get(blocks.size() - 1).endSeat();
    }

    static SeatMap generate(int capacity, boolean standing) {
        if (capacity <= 0) {
            return new SeatMap(List.of());
        }
        return standing ? standingAreas(capacity) : seated(capacity);
    }

    private static SeatMap standingAreas(int capacity) {
        List<Block> areas = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < CATEGORIES.length; i++) {
            int size = i == CATEGORIES.length - 1 ? capacity - first : capacity / CATEGORIES.length;
            if (size > 0) {
                areas.add(new Block(CATEGORIES[i], CATEGORIES[i], true, first, size, size));
                first += size;
            }
        }
        return new SeatMap(areas);
    }

    private static SeatMap seated(int capacity) {
        int rowsPerBlock = capacity < 5_000 ? 10 : 20;
        int blockSize = rowsPerBlock * SEATS_PER_ROW;
        int blockCount = (capacity + blockSize - 1) / blockSize;
        int[] perCategory = blocksPerCategory(blockCount);
        List<Block> blocks = new ArrayList<>();
        int first = 0;
        int index = 0;
        for (int category = 0; category < CATEGORIES.length; category++) {
            for (int i = 0; i < perCategory[category]; i++, index++) {
                int size = Math.min(blockSize, capacity - first);
                blocks.add(new Block(blockName(index), CATEGORIES[category], false, first, size, SEATS_PER_ROW));
                first += size;
            }
        }
        return new SeatMap(blocks);
    }

    private static int[] blocksPerCategory(int blockCount) {
        int[] counts = new int[CATEGORIES.length];
        int left = blockCount;
        for (int i = 0; i < CATEGORIES.length - 1 && left > 0; i++) {
            counts[i] = Math.min(left, Math.max(1, (int) Math.round(blockCount * CATEGORY_SHARES[i])));
            left -= counts[i];
        }
        counts[CATEGORIES.length - 1] += left;
        return counts;
    }

    /** Block 101, 102, … around the lower tier (30 blocks a tier), then 201, … */
    private static String blockName(int index) {
        return Integer.toString((index / 30 + 1) * 100 + index % 30 + 1);
    }

    int capacity() {
        return capacity;
    }

    List<Block> blocks() {
        return blocks;
    }

    Block blockOf(int seatNo) {
        int low = 0;
        int high = blocks.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Block block = blocks.get(mid);
            if (seatNo < block.firstSeat()) {
                high = mid - 1;
            } else if (seatNo >= block.endSeat()) {
                low = mid + 1;
            } else {
                return block;
            }
        }
        throw new IllegalArgumentException("No seat " + seatNo);
    }

    String label(int seatNo) {
        return blockOf(seatNo).label(seatNo);
    }

    /** Each category's contiguous range of seats {@code [first, end)}, best category first. */
    Map<String, SeatRange> categories() {
        Map<String, SeatRange> ranges = new LinkedHashMap<>();
        for (Block block : blocks) {
            ranges.merge(
                    block.category(),
                    new SeatRange(block.firstSeat(), block.endSeat()),
                    (a, b) -> new SeatRange(a.first(), b.end()));
        }
        return ranges;
    }

    record SeatRange(int first, int end) {
        int size() {
            return end - first;
        }
    }
}
