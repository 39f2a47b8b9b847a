package org.gamescloud.depository.merkle;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link SubtreeStore} held in memory, for tests and for verifying a log's contents from scratch. */
public final class InMemorySubtreeStore implements SubtreeStore {

    private final Map<SubtreeId, Hash> hashes = new HashMap<>();
    private long leafCount;

    @Override
    public synchronized long treeSize() {
        return leafCount;
    }

    @Override
    public synchronized Map<SubtreeId, Hash> getAll(Collection<SubtreeId> subtrees) {
        Map<SubtreeId, Hash> found = new LinkedHashMap<>();
        for (SubtreeId subtree : subtrees) {
            Hash hash = hashes.get(subtree);
            if (hash == null) {
                throw new IllegalStateException("no stored hash for " + subtree);
            }
            found.put(subtree, hash);
        }
        return found;
    }

    @Override
    public synchronized void putAll(Map<SubtreeId, Hash> newHashes) {
        newHashes.forEach((subtree, hash) -> {
            Hash previous = hashes.putIfAbsent(subtree, hash);
            if (previous != null && !previous.equals(hash)) {
                throw new IllegalStateException("the hash of " + subtree + " is immutable");
            }
            if (previous == null && subtree.level() == 0) {
                leafCount++;
            }
        });
    }

    /** How many subtree hashes are stored: about two per leaf, which tests use to prove nothing is recomputed. */
    public synchronized int storedHashCount() {
        return hashes.size();
    }
}
