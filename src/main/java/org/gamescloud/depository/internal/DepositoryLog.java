package org.gamescloud.depository.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gamescloud.depository.merkle.Hash;
import org.gamescloud.depository.merkle.MerkleTree;
import org.gamescloud.depository.merkle.Rfc6962;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log: entries in {@code depository_entry}, their tree in {@link JdbcSubtreeStore}. There is one writer at a
 * time, across every instance of the application, held by a transaction-scoped advisory lock; readers never wait.
 */
@Service
class DepositoryLog {

    /** The advisory lock of the single writer ("6962" for the RFC). */
    private static final long WRITER_LOCK = 6962;

    private static final int ROWS_PER_INSERT = 5_000;

    private final JdbcClient jdbc;
    private final JdbcSubtreeStore subtrees;
    private final MerkleTree tree;

    DepositoryLog(JdbcClient jdbc, JdbcSubtreeStore subtrees) {
        this.jdbc = jdbc;
        this.subtrees = subtrees;
        this.tree = new MerkleTree(subtrees);
    }

    record Appended(long index, Hash leafHash) {}

    @Transactional
    public Appended append(byte[] entry) {
        return appendAll(List.of(entry)).get(0);
    }

    /** Appends the entries in order, in one transaction: all of them or none. */
    @Transactional
    public List<Appended> appendAll(List<byte[]> entries) {
        lockWriter();
        PendingSubtrees pending = new PendingSubtrees(subtrees);
        MerkleTree batch = new MerkleTree(pending);
        List<Appended> appended = new ArrayList<>(entries.size());
        for (byte[] entry : entries) {
            Hash leafHash = Rfc6962.leafHash(entry);
            appended.add(new Appended(batch.append(leafHash), leafHash));
        }
        for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
            int to = Math.min(entries.size(), from + ROWS_PER_INSERT);
            insertEntries(entries.subList(from, to), appended.subList(from, to));
        }
        pending.flush();
        return appended;
    }

    /**
     * The index of an entry with these exact bytes, if the log has one: lets a notarisation that is delivered twice
     * find its first append instead of appending again.
     */
    @Transactional
    public Appended appendUnlessPresent(byte[] entry) {
        lockWriter();
        Hash leafHash = Rfc6962.leafHash(entry);
        return jdbc.sql("SELECT index FROM depository_entry WHERE leaf_hash = :hash ORDER BY index LIMIT 1")
                .param("hash", leafHash.toBytes())
                .query(Long.class)
                .optional()
                .map(index -> new Appended(index, leafHash))
                .orElseGet(() -> appendAll(List.of(entry)).get(0));
    }

    public Optional<byte[]> findEntry(long index) {
        return jdbc.sql("SELECT entry FROM depository_entry WHERE index = :index")
                .param("index", index)
                .query((rs, row) -> rs.getBytes("entry"))
                .optional();
    }

    public long size() {
        return tree.size();
    }

    public Hash rootHash(long treeSize) {
        return tree.rootHash(treeSize);
    }

    public List<Hash> inclusionProof(long index, long treeSize) {
        return tree.inclusionProof(index, treeSize);
    }

    public List<Hash> consistencyProof(long from, long to) {
        return tree.consistencyProof(from, to);
    }

    private void lockWriter() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                .param("lock", WRITER_LOCK)
                .query()
                .listOfRows();
    }

    private void insertEntries(List<byte[]> entries, List<Appended> appended) {
        List<Object> params = new ArrayList<>(entries.size() * 3);
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            values.append(values.isEmpty() ? "(?, ?, ?, now())" : ", (?, ?, ?, now())");
            params.add(appended.get(i).index());
            params.add(entries.get(i));
            params.add(appended.get(i).leafHash().toBytes());
        }
        jdbc.sql("INSERT INTO depository_entry (index, entry, leaf_hash, appended_at) VALUES " + values)
                .params(params)
                .update();
    }
}
