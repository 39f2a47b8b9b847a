package org.gamescloud.results.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gamescloud.platform.TransactionBuffers;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes revisions (with the message's id and the unit's new state) for {@link Revisions}. Within a transaction the
 * writes are kept until the transaction is about to commit, or until {@link Revisions} reads again, and are then
 * sent together as one JDBC batch, in the order they were made, and each unit's state is written once, as its latest
 * revision left it: a batch of 200 messages costs two round trips here rather than 200, and a unit's row is updated
 * once per batch rather than once per message. Nothing but {@link Revisions} reads these tables, and it flushes before every read, so the
 * transaction always reads its own writes.
 */
@Component
class RevisionWrites {

    private static final String APPEND = """
            WITH revision AS (
                INSERT INTO result_revision (unit_code, revision, status, sequence, message_id, note, correction,
                                             applied_at, applied_by, results, message)
                VALUES (:unit, :revision, :status, :sequence, :messageId, :note, :correction, :at, :by,
                        CAST(:results AS jsonb), CAST(:message AS jsonb))
            )
            INSERT INTO result_message (unit_code, message_id, body_hash, revision)
            VALUES (:unit, :messageId, :hash, :revision)
            """;

    private static final String UNIT_STATE = """
            INSERT INTO unit_result (unit_code, status, revision, last_sequence, updated_at)
            VALUES (:unit, :status, :revision, :sequence, :at)
            ON CONFLICT (unit_code) DO UPDATE SET status = excluded.status, revision = excluded.revision,
                last_sequence = excluded.last_sequence, updated_at = excluded.updated_at
            """;

    private final NamedParameterJdbcTemplate jdbc;

    RevisionWrites(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the revision and the unit's new state now, or before the current transaction commits; a unit's state is
     * then written once, as its latest revision left it.
     *
     * @param revision the revision's columns, with {@code unit}, {@code status}, {@code revision}, {@code sequence}
     *     and {@code at} also the unit's new state
     */
    void append(MapSqlParameterSource revision) {
        if (!TransactionBuffers.active()) {
            jdbc.update(APPEND, revision);
            jdbc.update(UNIT_STATE, revision);
            return;
        }
        Buffer buffer = TransactionBuffers.obtain(Buffer.class, this, Buffer::new);
        buffer.writes.add(revision);
        buffer.units.put((String) revision.getValue("unit"), revision);
    }

    /** Sends the writes the current transaction has kept, if any. */
    void flush() {
        TransactionBuffers.find(Buffer.class, this).ifPresent(Buffer::send);
    }

    private final class Buffer implements TransactionBuffers.Buffer {

        private final List<SqlParameterSource> writes = new ArrayList<>();
        private final Map<String, SqlParameterSource> units = new LinkedHashMap<>();

        void send() {
            if (writes.isEmpty()) {
                return;
            }
            SqlParameterSource[] revisions = writes.toArray(SqlParameterSource[]::new);
            SqlParameterSource[] states = units.values().toArray(SqlParameterSource[]::new);
            writes.clear();
            units.clear();
            jdbc.batchUpdate(APPEND, revisions);
            jdbc.batchUpdate(UNIT_STATE, states);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            send();
        }

        @Override
        public Object owner() {
            return RevisionWrites.this;
        }
    }
}
