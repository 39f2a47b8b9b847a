package org.gamescloud.depository.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gamescloud.depository.merkle.Hash;
import org.gamescloud.depository.merkle.MerkleProofVerifier;
import org.gamescloud.depository.merkle.Rfc6962;
import org.gamescloud.depository.merkle.SubtreeId;
import org.gamescloud.depository.note.Checkpoint;
import org.gamescloud.depository.note.VerifierKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The checks of the self-audit, each reading one bounded slice of what is stored and answering with what disagrees
 * (nothing when all is well). Together they cover every stored byte: entries against their leaf hashes, every
 * subtree hash against its two children, every signed checkpoint against its signature, the stored tree and the
 * checkpoint before it.
 */
@Component
class StoredLogChecks {

    /** Leaves per slice, a power of two so that a slice holds whole subtrees up to {@link #SLICE_LEVEL}. */
    static final int SLICE_LEVEL = 12;

    static final long SLICE = 1L << SLICE_LEVEL;

    private final JdbcClient jdbc;
    private final DepositoryLog log;
    private final SignerKeys keys;

    StoredLogChecks(JdbcClient jdbc, DepositoryLog log, SignerKeys keys) {
        this.jdbc = jdbc;
        this.log = log;
        this.keys = keys;
    }

    long treeSize() {
        return log.size();
    }

    /**
     * The entries of the {@link #SLICE} leaves from {@code from}, those below {@code size}: each one present, hashing to its stored
     * leaf hash, and every subtree of the slice up to {@link #SLICE_LEVEL} the hash of its children.
     */
    List<String> checkSlice(long from, long size) {
        long to = Math.min(size, from + SLICE);
        List<String> problems = new ArrayList<>();
        Map<SubtreeId, Hash> subtrees =
                subtrees("level <= :top AND idx >= (:from >> level) AND idx < (:to >> level)", from, from + SLICE);
        long[] seen = {0};
        jdbc.sql("SELECT index, entry, leaf_hash FROM depository_entry WHERE index >= :from AND index < :to")
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    seen[0]++;
                    long index = rs.getLong("index");
                    Hash leaf = Rfc6962.leafHash(rs.getBytes("entry"));
                    if (!leaf.equals(Hash.of(rs.getBytes("leaf_hash")))) {
                        problems.add("entry " + index + " does not hash to its stored leaf hash");
                    }
                    if (!leaf.equals(subtrees.get(SubtreeId.leaf(index)))) {
                        problems.add("entry " + index + " does not hash to its leaf in the tree");
                    }
                });
        if (seen[0] != to - from) {
            problems.add((to - from - seen[0]) + " entries between " + from + " and " + to + " are missing");
        }
        problems.addAll(parentsDisagreeing(subtrees, 1));
        return problems;
    }

    /** The subtrees above the slices, which span several of them: few, so all are checked on every run. */
    List<String> checkUpperSubtrees(long size) {
        Map<SubtreeId, Hash> subtrees = subtrees("level >= :top", 0, size);
        return parentsDisagreeing(subtrees, SLICE_LEVEL + 1);
    }

    record CheckpointChecks(List<String> problems, long lastChecked, boolean reachedLatest) {}

    /**
     * Up to {@code limit} signed checkpoints larger than {@code afterSize}, in order: each signed by the log's key,
     * its stored root the one it signed and the one the stored tree gives for its size, and consistent with the
     * checkpoint before it.
     */
    CheckpointChecks checkCheckpoints(long afterSize, int limit) {
        VerifierKey key = keys.signer().verifierKey();
        List<String> problems = new ArrayList<>();
        Optional<Checkpoint> previous = afterSize < 0 ? Optional.empty() : storedCheckpoint(afterSize, key, problems);
        List<StoredRow> rows = jdbc.sql("SELECT tree_size, root_hash, note FROM depository_checkpoint"
                        + " WHERE tree_size > :after ORDER BY tree_size LIMIT :limit")
                .param("after", afterSize)
                .param("limit", limit)
                .query((rs, row) ->
                        new StoredRow(rs.getLong("tree_size"), Hash.of(rs.getBytes("root_hash")), rs.getString("note")))
                .list();
        long last = afterSize;
        for (StoredRow row : rows) {
            Optional<Checkpoint> checkpoint = opened(row, key, problems);
            if (checkpoint.isPresent()) {
                long size = checkpoint.get().treeSize();
                if (!log.rootHash(size).equals(checkpoint.get().rootHash())) {
                    problems.add("the stored tree of size " + size + " no longer has the root its checkpoint signed");
                }
                if (previous.isPresent() && !consistent(previous.get(), checkpoint.get())) {
                    problems.add("the checkpoint of size " + size + " is not consistent with the one of size "
                            + previous.get().treeSize());
                }
                previous = checkpoint;
            }
            last = row.treeSize();
        }
        return new CheckpointChecks(problems, last, rows.size() < limit);
    }

    private record StoredRow(long treeSize, Hash root, String note) {}

    private Optional<Checkpoint> storedCheckpoint(long treeSize, VerifierKey key, List<String> problems) {
        return jdbc.sql("SELECT tree_size, root_hash, note FROM depository_checkpoint WHERE tree_size = :size")
                .param("size", treeSize)
                .query((rs, row) ->
                        new StoredRow(rs.getLong("tree_size"), Hash.of(rs.getBytes("root_hash")), rs.getString("note")))
                .optional()
                .flatMap(row -> opened(row, key, problems));
    }

    private static Optional<Checkpoint> opened(StoredRow row, VerifierKey key, List<String> problems) {
        try {
            Checkpoint checkpoint = Checkpoint.openSigned(row.note(), key);
            if (checkpoint.treeSize() != row.treeSize()
                    || !checkpoint.rootHash().equals(row.root())) {
                problems.add("the checkpoint stored for size " + row.treeSize() + " differs from the one it signed");
                return Optional.empty();
            }
            return Optional.of(checkpoint);
        } catch (IllegalArgumentException e) {
            problems.add("the checkpoint of size " + row.treeSize() + " is not validly signed: " + e.getMessage());
            return Optional.empty();
        }
    }

    private boolean consistent(Checkpoint earlier, Checkpoint later) {
        return MerkleProofVerifier.verifyConsistency(
                earlier.treeSize(),
                later.treeSize(),
                log.consistencyProof(earlier.treeSize(), later.treeSize()),
                earlier.rootHash(),
                later.rootHash());
    }

    private Map<SubtreeId, Hash> subtrees(String condition, long from, long to) {
        Map<SubtreeId, Hash> subtrees = new HashMap<>();
        jdbc.sql("SELECT level, idx, hash FROM depository_subtree WHERE " + condition)
                .param("top", SLICE_LEVEL)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    subtrees.put(new SubtreeId(rs.getInt("level"), rs.getLong("idx")), Hash.of(rs.getBytes("hash")));
                });
        return subtrees;
    }

    private static List<String> parentsDisagreeing(Map<SubtreeId, Hash> subtrees, int lowestParentLevel) {
        List<String> problems = new ArrayList<>();
        subtrees.forEach((node, hash) -> {
            if (node.level() < lowestParentLevel) {
                return;
            }
            Hash left = subtrees.get(new SubtreeId(node.level() - 1, 2 * node.index()));
            Hash right = subtrees.get(new SubtreeId(node.level() - 1, 2 * node.index() + 1));
            if (left == null || right == null || !hash.equals(Rfc6962.nodeHash(left, right))) {
                problems.add("subtree " + node + " is not the hash of its two halves");
            }
        });
        return problems;
    }
}
