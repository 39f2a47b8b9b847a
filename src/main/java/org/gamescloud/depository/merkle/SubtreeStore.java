package org.gamescloud.depository.merkle;

import java.util.Collection;
import java.util.Map;

/**
 * Where the hashes of complete, aligned subtrees live (the "tiles" of Trillian/Tessera). A hash is written once,
 * when the subtree's last leaf is appended, and never changes. Reads are batched, so that a database-backed store
 * answers a whole root or proof with one query.
 */
public interface SubtreeStore {

    /** The number of leaf hashes (level 0) stored: the size of the largest tree that can be served. */
    long treeSize();

    /**
     * The hashes of the given subtrees.
     *
     * @throws IllegalStateException if one of them is not stored, which means the store is corrupt or the caller
     *     asked beyond {@link #treeSize()}
     */
    Map<SubtreeId, Hash> getAll(Collection<SubtreeId> subtrees);

    /**
     * Stores the hashes of one append, a new leaf and the parents it completed, together: a database-backed store
     * writes them in one transaction so that the tree never shows a leaf without its parents.
     */
    void putAll(Map<SubtreeId, Hash> hashes);
}
