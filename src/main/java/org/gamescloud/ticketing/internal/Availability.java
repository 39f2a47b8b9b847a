package org.gamescloud.ticketing.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Seats left per session and category, counted from the database (one query for a whole listing). */
@Component
class Availability {

    private final JdbcClient jdbc;

    Availability(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Taken seats by session code, then category. */
    Map<String, Map<String, Integer>> taken(Collection<String> sessionCodes) {
        Map<String, Map<String, Integer>> taken = new HashMap<>();
        if (sessionCodes.isEmpty()) {
            return taken;
        }
        jdbc.sql("SELECT session_code, category, count(*) AS n FROM ticket WHERE state IN ('HELD', 'VALID')"
                        + " AND session_code IN (:codes) GROUP BY session_code, category")
                .param("codes", sessionCodes)
                .query(rs -> {
                    taken.computeIfAbsent(rs.getString("session_code"), c -> new HashMap<>())
                            .put(rs.getString("category"), rs.getInt("n"));
                });
        return taken;
    }

    int available(Map<String, Map<String, Integer>> taken, SaleSession session, SaleSession.Category category) {
        return category.seats().size()
                - taken.getOrDefault(session.code(), Map.of()).getOrDefault(category.code(), 0);
    }
}
