package org.gamescloud.venues.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.gamescloud.venues.TicketScanned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every gate scan, kept for throughput figures and audit. */
@Repository
class ScanLog {

    record GateThroughput(String gate, int admitted, int exited, int refused) {}

    private final JdbcClient jdbc;

    ScanLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(TicketScanned scan, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO gate_scan (venue_code, gate, direction, ticket_id, session_code, reason, admitted,
                                               scanned_at, offline, recorded_at)
                        VALUES (:venue, :gate, :direction, :ticket, :session, :reason, :admitted, :scannedAt, :offline,
                                :recordedAt)
                        """)
                .param("venue", scan.venueCode())
                .param("gate", scan.gate())
                .param("direction", scan.direction().name())
                .param("ticket", scan.ticketId())
                .param("session", scan.sessionCode())
                .param("reason", scan.reason().name())
                .param("admitted", scan.admitted())
                .param("scannedAt", Timestamp.from(scan.scannedAt()))
                .param("offline", scan.offline())
                .param("recordedAt", Timestamp.from(recordedAt))
                .update();
    }

    /** Whether this offline gate already synced this very scan (a retried sync). */
    boolean containsOfflineScan(String gate, String ticketId, String direction, Instant scannedAt) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM gate_scan WHERE offline AND gate = :gate AND ticket_id = :ticket
                                       AND direction = :direction AND scanned_at = :at)
                        """)
                .param("gate", gate)
                .param("ticket", ticketId)
                .param("direction", direction)
                .param("at", Timestamp.from(scannedAt))
                .query(Boolean.class)
                .single();
    }

    /** Per gate of the venue, the scans since {@code since}, busiest gate first. */
    List<GateThroughput> throughputSince(String venueCode, Instant since) {
        return jdbc.sql("""
                        SELECT gate, count(*) FILTER (WHERE admitted) AS admitted,
                               count(*) FILTER (WHERE reason = 'EXITED') AS exited,
                               count(*) FILTER (WHERE NOT admitted AND direction = 'IN') AS refused
                        FROM gate_scan WHERE venue_code = :venue AND scanned_at >= :since
                        GROUP BY gate ORDER BY admitted DESC, gate
                        """)
                .param("venue", venueCode)
                .param("since", Timestamp.from(since))
                .query((rs, row) -> new GateThroughput(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }
}
