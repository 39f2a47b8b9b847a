package org.gamescloud.depository.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The leaves {@code [begin, end)} whose Merkle tree hash (MTH) a root or proof needs. Every range that RFC 9162
 * hashes starts on a boundary aligned to its own width, so its MTH is obtained from the few complete subtrees
 * that tile it (a "compact range"), folded from the right.
 */
public record LeafRange(long begin, long end) {

    public LeafRange {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("not a non-empty leaf range: [" + begin + ", " + end + ")");
        }
    }

    /** The maximal aligned complete subtrees covering this range, left to right; at most two per level. */
    public List<SubtreeId> alignedSubtrees() {
        List<SubtreeId> subtrees = new ArrayList<>();
        long position = begin;
        while (position < end) {
            int alignment = Long.numberOfTrailingZeros(position);
            int fitting = 63 - Long.numberOfLeadingZeros(end - position);
            int level = Math.min(alignment, fitting);
            subtrees.add(new SubtreeId(level, position >> level));
            position += 1L << level;
        }
        return subtrees;
    }
}
