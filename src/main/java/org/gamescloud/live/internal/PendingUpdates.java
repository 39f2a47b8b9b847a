package org.gamescloud.live.internal;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gamescloud.results.ResultStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pending updates table: written in the results transaction, emptied by the publisher. */
@Repository
class PendingUpdates {

    static final String CHANNEL = "live_pending";

    private final JdbcClient jdbc;

    PendingUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds an update in the caller's transaction and wakes the publisher when that transaction commits. */
    void add(PendingUpdate update) {
        jdbc.sql("""
                        INSERT INTO live_pending (name, event_code, unit_code, status, nocs, data, created_at)
                        VALUES (:name, :event, :unit, :status, :nocs, :data, :created)
                        """)
                .param("name", update.name())
                .param("event", update.eventCode())
                .param("unit", update.unitCode())
                .param(
                        "status",
                        update.status() == null ? null : update.status().name())
                .param("nocs", String.join(",", new TreeSet<>(update.nocs())))
                .param("data", update.data())
                .param("created", Timestamp.from(update.createdAt()))
                .update();
        // Notifications of one transaction with the same payload are delivered once, at commit.
        jdbc.sql("SELECT pg_notify('" + CHANNEL + "', '')").query().singleRow();
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
