package org.gamescloud.depository.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gamescloud.depository.merkle.Hash;
import org.gamescloud.depository.merkle.SubtreeId;
import org.gamescloud.depository.merkle.SubtreeStore;

/**
 * The subtree hashes of a batch of appends, held in memory over the stored ones and written with a few multi-row
 * inserts at the end, instead of three statements per entry.
 */
final class PendingSubtrees implements SubtreeStore {

    private final SubtreeStore stored;
    private final long storedSize;
    private final Map<SubtreeId, Hash> pending = new LinkedHashMap<>();
    private long pendingLeaves;

    PendingSubtrees(SubtreeStore stored) {
        this.stored = stored;
        this.storedSize = stored.treeSize();
    }

    @Override
    public long treeSize() {
        return storedSize + pendingLeaves;
    }

    @Override
    public Map<SubtreeId, Hash> getAll(Collection<SubtreeId> subtrees) {
        List<SubtreeId> notPending = new ArrayList<>();
        for (SubtreeId subtree : subtrees) {
            if (!pending.containsKey(subtree)) {
                notPending.add(subtree);
            }
        }
        Map<SubtreeId, Hash> fromStore = stored.getAll(notPending);
        Map<SubtreeId, Hash> found = new LinkedHashMap<>();
        for (SubtreeId subtree : subtrees) {
            found.put(subtree, pending.containsKey(subtree) ? pending.get(subtree) : fromStore.get(subtree));
        }
        return found;
    }

    @Override
    public void putAll(Map<SubtreeId, Hash> hashes) {
        hashes.forEach((subtree, hash) -> {
            if (pending.putIfAbsent(subtree, hash) != null) {
                throw new IllegalStateException("the hash of " + subtree + " is immutable");
            }
            if (subtree.level() == 0) {
                pendingLeaves++;
            }
        });
    }

    void flush() {
        stored.putAll(pending);
        pending.clear();
    }
}
