package org.gamescloud.ticketing.internal;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The in-memory seat inventory of each session being sold, loaded from the database on first use. */
@Component
class Inventories {

    private final JdbcClient jdbc;
    private final Map<String, SeatInventory> bySession = new ConcurrentHashMap<>();

    Inventories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SeatInventory of(SaleSession session) {
        return bySession.computeIfAbsent(session.code(), code -> load(session));
    }

    /** Forgets a session's inventory so that the next use reloads it (after another node took a seat). */
    void reload(String sessionCode) {
        bySession.remove(sessionCode);
    }

    private SeatInventory load(SaleSession session) {
        BitSet taken = new BitSet(session.seatMap().capacity());
        jdbc.sql("SELECT seat_no FROM ticket WHERE session_code = :session AND state IN ('HELD', 'VALID')")
                .param("session", session.code())
                .query(rs -> {
                    taken.set(rs.getInt(1));
                });
        return new SeatInventory(session.seatMap(), taken);
    }
}
