package org.gamescloud.depository.merkle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An append-only RFC 9162 Merkle tree over a {@link SubtreeStore}. Appending stores the new leaf hash and the
 * parents it completes, O(log n) hashes; roots of any past size and proofs are then assembled from at most
 * O(log n) stored subtree hashes, without rehashing leaves.
 *
 * <p>Appends must be serialised by the caller (one writer per log); reads may run concurrently with them.
 */
public final class MerkleTree {

    private final SubtreeStore store;

    public MerkleTree(SubtreeStore store) {
        this.store = store;
    }

    public long size() {
        return store.treeSize();
    }

    /** Appends a leaf hash ({@link Rfc6962#leafHash}) and returns its index. */
    public long append(Hash leafHash) {
        long index = store.treeSize();
        SubtreeId node = SubtreeId.leaf(index);
        List<SubtreeId> leftSiblings = new ArrayList<>();
        for (SubtreeId n = node; n.isRightChild(); n = n.parent()) {
            leftSiblings.add(n.leftSibling());
        }
        Map<SubtreeId, Hash> siblingHashes = store.getAll(leftSiblings);
        Map<SubtreeId, Hash> completed = new LinkedHashMap<>();
        Hash hash = leafHash;
        completed.put(node, hash);
        for (SubtreeId sibling : leftSiblings) {
            hash = Rfc6962.nodeHash(siblingHashes.get(sibling), hash);
            node = node.parent();
            completed.put(node, hash);
        }
        store.putAll(completed);
        return index;
    }

    /** The root hash of the tree as it was when it had {@code treeSize} leaves. */
    public Hash rootHash(long treeSize) {
        requireServable(treeSize);
        if (treeSize == 0) {
            return Rfc6962.emptyRootHash();
        }
        return hashesOf(List.of(new LeafRange(0, treeSize))).get(0);
    }

    /** The audit path of leaf {@code index} in the tree of {@code treeSize}, ordered from the leaf up. */
    public List<Hash> inclusionProof(long index, long treeSize) {
        requireServable(treeSize);
        return hashesOf(ProofRanges.inclusion(index, treeSize));
    }

    /** The RFC 9162 consistency proof between two sizes; empty when {@code from} is 0 or equals {@code to}. */
    public List<Hash> consistencyProof(long from, long to) {
        requireServable(to);
        return hashesOf(ProofRanges.consistency(from, to));
    }

    /** Every stored subtree that the hashes of {@code ranges} are made of, without duplicates: one batch read. */
    public static Set<SubtreeId> subtreesNeededFor(List<LeafRange> ranges) {
        Set<SubtreeId> needed = new LinkedHashSet<>();
        ranges.forEach(range -> needed.addAll(range.alignedSubtrees()));
        return needed;
    }

    private List<Hash> hashesOf(List<LeafRange> ranges) {
        Map<SubtreeId, Hash> stored = store.getAll(subtreesNeededFor(ranges));
        List<Hash> hashes = new ArrayList<>(ranges.size());
        for (LeafRange range : ranges) {
            hashes.add(foldFromTheRight(range.alignedSubtrees(), stored));
        }
        return hashes;
    }

    /**
     * MTH of a range tiled by subtrees of strictly decreasing size: MTH splits off the largest power of two first,
     * which is the leftmost subtree, so the hash nests to the right.
     */
    private static Hash foldFromTheRight(List<SubtreeId> tiles, Map<SubtreeId, Hash> stored) {
        Hash hash = stored.get(tiles.get(tiles.size() - 1));
        for (int i = tiles.size() - 2; i >= 0; i--) {
            hash = Rfc6962.nodeHash(stored.get(tiles.get(i)), hash);
        }
        return hash;
    }

    private void requireServable(long treeSize) {
        if (treeSize < 0 || treeSize > store.treeSize()) {
            throw new IllegalArgumentException(
                    "tree size " + treeSize + " is not in a log of " + store.treeSize() + " leaves");
        }
    }
}
