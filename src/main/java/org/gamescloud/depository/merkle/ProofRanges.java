package org.gamescloud.depository.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Which leaf ranges a proof consists of, in proof order, following the recursive definitions PATH (RFC 9162
 * §2.1.3.1) and PROOF/SUBPROOF (§2.1.4.1). Knowing the ranges before any hash is read lets a store fetch all the
 * subtree hashes of a proof in one batch.
 */
public final class ProofRanges {

    private ProofRanges() {}

    /** The ranges whose hashes form the audit path of leaf {@code index} in the tree of {@code treeSize}. */
    public static List<LeafRange> inclusion(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + treeSize);
        }
        List<LeafRange> ranges = new ArrayList<>();
        addPath(index, 0, treeSize, ranges);
        return ranges;
    }

    /** The ranges whose hashes prove that the tree of {@code size1} is a prefix of the tree of {@code size2}. */
    public static List<LeafRange> consistency(long size1, long size2) {
        if (size1 < 0 || size1 > size2) {
            throw new IllegalArgumentException("no consistency proof from size " + size1 + " to " + size2);
        }
        List<LeafRange> ranges = new ArrayList<>();
        if (size1 > 0 && size1 < size2) {
            addSubproof(size1, 0, size2, true, ranges);
        }
        return ranges;
    }

    private static void addPath(long index, long begin, long end, List<LeafRange> ranges) {
        if (end - begin == 1) {
            return;
        }
        long middle = begin + Rfc6962.splitPoint(end - begin);
        if (index < middle) {
            addPath(index, begin, middle, ranges);
            ranges.add(new LeafRange(middle, end));
        } else {
            addPath(index, middle, end, ranges);
            ranges.add(new LeafRange(begin, middle));
        }
    }

    /**
     * SUBPROOF(m, D[begin:end], b), where m counts leaves from {@code begin}. {@code firstRootKnown} is b: whether
     * the verifier already holds the hash of the first m leaves, so it need not be sent.
     */
    private static void addSubproof(long m, long begin, long end, boolean firstRootKnown, List<LeafRange> ranges) {
        if (m == end - begin) {
            if (!firstRootKnown) {
                ranges.add(new LeafRange(begin, end));
            }
            return;
        }
        long split = Rfc6962.splitPoint(end - begin);
        if (m <= split) {
            addSubproof(m, begin, begin + split, firstRootKnown, ranges);
            ranges.add(new LeafRange(begin + split, end));
        } else {
            addSubproof(m - split, begin + split, end, false, ranges);
            ranges.add(new LeafRange(begin, begin + split));
        }
    }
}
