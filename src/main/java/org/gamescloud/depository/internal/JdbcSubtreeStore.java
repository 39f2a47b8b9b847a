package org.gamescloud.depository.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gamescloud.depository.merkle.Hash;
import org.gamescloud.depository.merkle.SubtreeId;
import org.gamescloud.depository.merkle.SubtreeStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The subtree hashes in {@code depository_subtree}. Hashes are only ever inserted: a second hash for a stored subtree
 * fails on the primary key instead of replacing it.
 */
@Repository
class JdbcSubtreeStore implements SubtreeStore {

    /** Rows per insert statement, well under PostgreSQL's 65,535 bind parameters. */
    private static final int ROWS_PER_INSERT = 5_000;

    private final JdbcClient jdbc;

    JdbcSubtreeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The leaf hashes are numbered from 0 without gaps, so the highest leaf index (read from the key) gives the size. */
    @Override
    public long treeSize() {
        return jdbc.sql("SELECT coalesce(max(idx) + 1, 0) FROM depository_subtree WHERE level = 0")
                .query(Long.class)
                .single();
    }

    @Override
    public Map<SubtreeId, Hash> getAll(Collection<SubtreeId> subtrees) {
        if (subtrees.isEmpty()) {
            return Map.of();
        }
        List<Object> params = new ArrayList<>(subtrees.size() * 2);
        StringBuilder pairs = new StringBuilder();
        for (SubtreeId subtree : subtrees) {
            pairs.append(pairs.isEmpty() ? "(?, ?)" : ", (?, ?)");
            params.add(subtree.level());
            params.add(subtree.index());
        }
        Map<SubtreeId, Hash> stored = new HashMap<>();
        jdbc.sql("SELECT level, idx, hash FROM depository_subtree WHERE (level, idx) IN (" + pairs + ")")
                .params(params)
                .query((rs, row) ->
                        stored.put(new SubtreeId(rs.getInt("level"), rs.getLong("idx")), Hash.of(rs.getBytes("hash"))))
                .list();
        Map<SubtreeId, Hash> found = new LinkedHashMap<>();
        for (SubtreeId subtree : subtrees) {
            Hash hash = stored.get(subtree);
            if (hash == null) {
                throw new IllegalStateException("no stored hash for " + subtree);
            }
            found.put(subtree, hash);
        }
        return found;
    }

    @Override
    public void putAll(Map<SubtreeId, Hash> hashes) {
        List<Map.Entry<SubtreeId, Hash>> rows = new ArrayList<>(hashes.entrySet());
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            insert(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
        }
    }

    private void insert(List<Map.Entry<SubtreeId, Hash>> rows) {
        List<Object> params = new ArrayList<>(rows.size() * 3);
        StringBuilder values = new StringBuilder();
        for (Map.Entry<SubtreeId, Hash> row : rows) {
            values.append(values.isEmpty() ? "(?, ?, ?)" : ", (?, ?, ?)");
            params.add(row.getKey().level());
            params.add(row.getKey().index());
            params.add(row.getValue().toBytes());
        }
        jdbc.sql("INSERT INTO depository_subtree (level, idx, hash) VALUES " + values)
                .params(params)
                .update();
    }
}
