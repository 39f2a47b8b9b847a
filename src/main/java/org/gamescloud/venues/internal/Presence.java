package org.gamescloud.venues.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gamescloud.ticketing.TicketClaims;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who is inside: one row per admitted ticket. Entering and leaving are single conditional statements, so the row lock
 * PostgreSQL takes decides between two gates scanning the same ticket at once; no Java lock is involved.
 */
@Repository
class Presence {

    record Entry(String ticketId, boolean inside, String lastGate, Instant lastScanAt) {}

    record SessionCount(String sessionCode, int inside, int admitted) {}

    /** The first key of the offline-sync advisory lock (its second is the venue code's hash): "gate" in ASCII. */
    static final int SYNC_LOCK_SPACE = 0x67617465;

    private final JdbcClient jdbc;

    Presence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes the venue's offline syncs wait for each other until this transaction ends. A batch is applied in the order
     * its scans happened, so two batches sharing tickets would lock their presence rows in different orders and
     * deadlock. One lock per venue, not per ticket: a batch of 5,000 tickets would otherwise take 5,000 entries of
     * PostgreSQL's shared lock table (64 per connection by default). Online scans lock a single row and never wait for
     * a sync's lock, so they are not slowed; only the batches (rare: a gate back from an outage) queue.
     */
    void lockVenueForSync(String venueCode) {
        jdbc.sql("SELECT count(pg_advisory_xact_lock(:space, :venue))")
                .param("space", SYNC_LOCK_SPACE)
                .param("venue", venueCode.hashCode())
                .query(Long.class)
                .single();
    }

    /**
     * Lets the ticket in unless it is inside already, or (for a scan synced late) unless something later happened to
     * it; whether this scan changed it to inside.
     */
    boolean enter(TicketClaims ticket, String gate, Instant at) {
        return jdbc.sql("""
                        INSERT INTO ticket_presence (ticket_id, session_code, venue_code, inside, last_gate, last_scan_at)
                        VALUES (:ticket, :session, :venue, true, :gate, :at)
                        ON CONFLICT (ticket_id) DO UPDATE
                            SET inside = true, last_gate = excluded.last_gate, last_scan_at = excluded.last_scan_at,
                                entries = ticket_presence.entries + 1
                            WHERE NOT ticket_presence.inside AND ticket_presence.last_scan_at <= excluded.last_scan_at
                        """)
                        .param("ticket", ticket.ticketId())
                        .param("session", ticket.sessionCode())
                        .param("venue", ticket.venueCode())
                        .param("gate", gate)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Lets the ticket out if it is inside (and was not let in after {@code at}); whether this scan changed it. */
    boolean exit(String ticketId, String gate, Instant at) {
        return jdbc.sql("""
                        UPDATE ticket_presence SET inside = false, last_gate = :gate, last_scan_at = :at
                        WHERE ticket_id = :ticket AND inside AND last_scan_at <= :at
                        """)
                        .param("ticket", ticketId)
                        .param("gate", gate)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    Optional<Entry> find(String ticketId) {
        return jdbc.sql("SELECT ticket_id, inside, last_gate, last_scan_at FROM ticket_presence WHERE ticket_id = :t")
                .param("t", ticketId)
                .query((rs, row) -> new Entry(
                        rs.getString("ticket_id"),
                        rs.getBoolean("inside"),
                        rs.getString("last_gate"),
                        rs.getTimestamp("last_scan_at").toInstant()))
                .optional();
    }

    int countInside(String venueCode) {
        return jdbc.sql("SELECT count(*) FROM ticket_presence WHERE venue_code = :venue AND inside")
                .param("venue", venueCode)
                .query(Integer.class)
                .single();
    }

    /** Per session of the venue that anyone entered for: inside now, and tickets ever admitted. */
    List<SessionCount> countBySession(String venueCode) {
        return jdbc.sql("""
                        SELECT session_code, count(*) FILTER (WHERE inside) AS inside, count(*) AS admitted
                        FROM ticket_presence WHERE venue_code = :venue GROUP BY session_code
                        """)
                .param("venue", venueCode)
                .query((rs, row) -> new SessionCount(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }
}
