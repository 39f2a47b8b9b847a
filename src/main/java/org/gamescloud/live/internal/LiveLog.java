package org.gamescloud.live.internal;

import java.sql.Timestamp;
import java.util.List;
import org.gamescloud.live.LiveUpdatePublished;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored stream: every published update with its id. Ids are given out only by the transaction that holds the
 * publishing lock ({@link #tryLockForPublishing()}), the next after the last stored one, so ids become visible in
 * order and without gaps: a reader that has seen id n and finds n + 2 knows n + 1 exists.
 */
@Repository
class LiveLog {

    /** Advisory lock key of the transaction that appends to the log ("live" + 1). */
    private static final long APPEND_LOCK = 0x6C69766500000001L;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LiveLog(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Whether this transaction may append; held until it ends, so appends of the cluster run one at a time. */
    boolean tryLockForPublishing() {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)")
                .param("key", APPEND_LOCK)
                .query(Boolean.class)
                .single();
    }

    long lastId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM live_update")
                .query(Long.class)
                .single();
    }

    void append(List<LiveUpdatePublished> updates) {
        template.batchUpdate("""
                INSERT INTO live_update (id, name, event_code, unit_code, nocs, data, published_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, updates, 500, (statement, update) -> {
            statement.setLong(1, update.id());
            statement.setString(2, update.name());
            statement.setString(3, update.eventCode());
            statement.setString(4, update.unitCode());
            statement.setString(5, String.join(",", update.nocs()));
            statement.setString(6, update.data());
            statement.setTimestamp(7, Timestamp.from(update.publishedAt()));
        });
    }

    /** The updates after {@code afterId} up to {@code upToId} included, in id order, at most {@code limit}. */
    List<LiveUpdatePublished> listBetween(long afterId, long upToId, int limit) {
        return jdbc.sql("""
                        SELECT id, name, event_code, unit_code, nocs, data, published_at FROM live_update
                        WHERE id > :after AND id <= :upTo ORDER BY id LIMIT :limit
                        """)
                .param("after", afterId)
                .param("upTo", upToId)
                .param("limit", limit)
                .query((rs, row) -> new LiveUpdatePublished(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("event_code"),
                        rs.getString("unit_code"),
                        PendingUpdates.nocs(rs.getString("nocs")),
                        rs.getString("data"),
                        rs.getTimestamp("published_at").toInstant()))
                .list();
    }
}
