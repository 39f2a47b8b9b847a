package org.gamescloud.live.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.gamescloud.platform.TransactionBuffers;
import org.gamescloud.results.ResultStatus;
import org.postgresql.PGNotification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pending updates table: written in the results transaction, emptied by the publisher. */
@Repository
class PendingUpdates {

    static final String CHANNEL = "live_pending";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private volatile Runnable committed = () -> {};
    /** Sent with this node's notifications, so that its own listener can tell them from other nodes' commits. */
    private final String node = UUID.randomUUID().toString();

    PendingUpdates(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /**
     * Adds an update in the caller's transaction and wakes the publisher when that transaction commits. Within a
     * transaction the updates are kept until it is about to commit and then inserted together, in the order they
     * were added, with one notification: a batch of results costs one round trip here rather than two per result.
     * Updates of a transaction that rolls back are never written. (Results never roll back to a savepoint after
     * recording a change: a refused message is refused before it writes anything.)
     */
    void add(PendingUpdate update) {
        if (!TransactionBuffers.active()) {
            insert(List.of(update));
            committed.run();
            return;
        }
        TransactionBuffers.obtain(Buffer.class, this, Buffer::new).updates.add(update);
    }

    /**
     * Runs {@code action} on the committing thread after each commit that wrote pending updates: the publisher of this
     * node is woken at once, without waiting for PostgreSQL to pass the notification on (which other nodes still get).
     */
    void whenCommitted(Runnable action) {
        this.committed = action;
    }

    /** Whether a notification came from a commit of this node (which has woken the publisher already). */
    boolean isOwn(PGNotification notification) {
        return node.equals(notification.getParameter());
    }

    /** The updates a transaction added, written just before it commits. */
    private final class Buffer implements TransactionBuffers.Buffer {

        private final List<PendingUpdate> updates = new ArrayList<>();
        private boolean written;

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!updates.isEmpty()) {
                insert(updates);
                updates.clear();
                written = true;
            }
        }

        @Override
        public void afterCommit() {
            if (written) {
                committed.run();
            }
        }

        @Override
        public Object owner() {
            return PendingUpdates.this;
        }
    }

    private void insert(List<PendingUpdate> updates) {
        jdbcTemplate.batchUpdate(
                """
                INSERT INTO live_pending (name, event_code, unit_code, status, nocs, data, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                updates.stream()
                        .map(update -> new Object[] {
                            update.name(),
                            update.eventCode(),
                            update.unitCode(),
                            update.status() == null ? null : update.status().name(),
                            String.join(",", new TreeSet<>(update.nocs())),
                            update.data(),
                            Timestamp.from(update.createdAt())
                        })
                        .toList());
        // Notifications of one transaction with the same payload are delivered once, at commit.
        jdbc.sql("SELECT pg_notify('" + CHANNEL + "', :node)")
                .param("node", node)
                .query()
                .singleRow();
    }

    List<PendingUpdate> listOldest(int limit) {
        return jdbc.sql("""
                        SELECT seq, name, event_code, unit_code, status, nocs, data, created_at
                        FROM live_pending ORDER BY seq LIMIT :limit
                        """)
                .param("limit", limit)
                .query((rs, row) -> new PendingUpdate(
                        rs.getLong("seq"),
                        rs.getString("name"),
                        rs.getString("event_code"),
                        rs.getString("unit_code"),
                        rs.getString("status") == null ? null : ResultStatus.valueOf(rs.getString("status")),
                        nocs(rs.getString("nocs")),
                        rs.getString("data"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    void delete(Collection<Long> seqs) {
        if (seqs.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM live_pending WHERE seq IN (:seqs)")
                .param("seqs", List.copyOf(seqs))
                .update();
    }

    static Set<String> nocs(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(",")));
    }
}
