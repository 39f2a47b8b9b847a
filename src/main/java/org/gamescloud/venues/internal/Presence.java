package org.gamescloud.venues.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
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

    /** The first key of this class's advisory locks (their second is a ticket id's hash): "gate" in ASCII. */
    static final int LOCK_SPACE = 0x67617465;

    private final JdbcClient jdbc;

    Presence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the tickets for the rest of the transaction, always in the same order whatever the order given. An offline
     * gate's batch is applied in the order its scans happened, so two batches sharing tickets would otherwise lock
     * their presence rows in different orders and deadlock; locked first, the second batch waits for the first.
     */
    void lockTickets(Collection<String> ticketIds) {
        Integer[] keys =
                ticketIds.stream().map(String::hashCode).distinct().sorted().toArray(Integer[]::new);
        if (keys.length > 0) {
            jdbc.sql("SELECT count(pg_advisory_xact_lock(:space, k)) FROM unnest(:keys::int[]) AS k")
                    .param("space", LOCK_SPACE)
                    .param("keys", keys)
                    .query(Long.class)
                    .single();
        }
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
