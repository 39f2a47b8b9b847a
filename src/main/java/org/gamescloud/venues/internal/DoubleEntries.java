package org.gamescloud.venues.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.ticketing.TicketClaims;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tickets let in twice while a gate was offline, as found when its scans were synced. */
@Repository
class DoubleEntries {

    record DoubleEntry(
            String ticketId,
            String sessionCode,
            String venueCode,
            String firstGate,
            OffsetDateTime firstAt,
            String secondGate,
            OffsetDateTime secondAt) {

        /** The entry already known and the one just synced, earlier first. */
        static DoubleEntry inTimeOrder(TicketClaims ticket, Presence.Entry known, String gate, Instant at) {
            boolean knownFirst = !known.lastScanAt().isAfter(at);
            return new DoubleEntry(
                    ticket.ticketId(),
                    ticket.sessionCode(),
                    ticket.venueCode(),
                    knownFirst ? known.lastGate() : gate,
                    inGamesTime(knownFirst ? known.lastScanAt() : at),
                    knownFirst ? gate : known.lastGate(),
                    inGamesTime(knownFirst ? at : known.lastScanAt()));
        }
    }

    private final JdbcClient jdbc;

    DoubleEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(DoubleEntry entry, Instant foundAt) {
        jdbc.sql("""
                        INSERT INTO double_entry (ticket_id, session_code, venue_code, first_gate, first_at,
                                                  second_gate, second_at, found_at)
                        VALUES (:ticketId, :sessionCode, :venueCode, :firstGate, :firstAt, :secondGate, :secondAt,
                                :foundAt)
                        """)
                .param("ticketId", entry.ticketId())
                .param("sessionCode", entry.sessionCode())
                .param("venueCode", entry.venueCode())
                .param("firstGate", entry.firstGate())
                .param("firstAt", entry.firstAt())
                .param("secondGate", entry.secondGate())
                .param("secondAt", entry.secondAt())
                .param("foundAt", Timestamp.from(foundAt))
                .update();
    }

    /** The venue's double entries, latest found first. */
    List<DoubleEntry> list(String venueCode, int limit) {
        return jdbc.sql("""
                        SELECT ticket_id, session_code, venue_code, first_gate, first_at, second_gate, second_at
                        FROM double_entry WHERE venue_code = :venue ORDER BY found_at DESC, id DESC LIMIT :limit
                        """)
                .param("venue", venueCode)
                .param("limit", limit)
                .query((rs, row) -> new DoubleEntry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        inGamesTime(rs.getTimestamp(5)),
                        rs.getString(6),
                        inGamesTime(rs.getTimestamp(7))))
                .list();
    }

    static OffsetDateTime inGamesTime(Timestamp timestamp) {
        return inGamesTime(timestamp.toInstant());
    }

    static OffsetDateTime inGamesTime(Instant instant) {
        return OffsetDateTime.ofInstant(instant, GamesClock.GAMES_ZONE);
    }
}
