package org.gamescloud.depository.merkle;

/**
 * A complete, aligned subtree: the {@code 2^level} leaves starting at {@code index * 2^level}. Level 0 are the leaf
 * hashes themselves. Such a subtree never changes once its last leaf is appended, which is why its hash can be
 * stored once and reused for every later tree size.
 */
public record SubtreeId(int level, long index) {

    private static final int MAX_LEVEL = 62;

    public SubtreeId {
        if (level < 0 || level > MAX_LEVEL || index < 0 || index > (Long.MAX_VALUE >> level)) {
            throw new IllegalArgumentException("no subtree at level " + level + ", index " + index);
        }
    }

    public static SubtreeId leaf(long index) {
        return new SubtreeId(0, index);
    }

    public long firstLeaf() {
        return index << level;
    }

    public long leafCount() {
        return 1L << level;
    }

    boolean isRightChild() {
        return (index & 1) == 1;
    }

    SubtreeId leftSibling() {
        return new SubtreeId(level, index - 1);
    }

    SubtreeId parent() {
        return new SubtreeId(level + 1, index >> 1);
    }
}
