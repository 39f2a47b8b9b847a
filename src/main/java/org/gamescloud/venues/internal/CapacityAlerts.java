package org.gamescloud.venues.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.gamescloud.venues.CapacityThresholdReached;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Raises an alert when an admission brings a venue's occupancy to a configured share of its capacity: stored once
 * per venue, session and threshold (the primary key decides between concurrent admissions) and published as
 * {@link CapacityThresholdReached}.
 */
@Component
class CapacityAlerts {

    record Alert(String sessionCode, int thresholdPercent, int occupancy, int capacity, OffsetDateTime raisedAt) {}

    private final JdbcClient jdbc;
    private final VenuesProperties properties;
    private final ApplicationEventPublisher events;

    CapacityAlerts(JdbcClient jdbc, VenuesProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
    }

    /** The thresholds that {@code occupancy} reaches, lowest first. */
    static List<Integer> reached(List<Integer> thresholds, int occupancy, int capacity) {
        return thresholds.stream()
                .filter(pct -> (long) occupancy * 100 >= (long) pct * capacity)
                .toList();
    }

    void afterAdmission(String venueCode, String sessionCode, int occupancy, Integer capacity, Instant at) {
        if (capacity == null || capacity <= 0) {
            return;
        }
        for (int pct : reached(properties.alertThresholds(), occupancy, capacity)) {
            int raised = jdbc.sql("""
                            INSERT INTO capacity_alert (venue_code, session_code, threshold_pct, occupancy, capacity,
                                                        raised_at)
                            VALUES (:venue, :session, :pct, :occupancy, :capacity, :at) ON CONFLICT DO NOTHING
                            """)
                    .param("venue", venueCode)
                    .param("session", sessionCode)
                    .param("pct", pct)
                    .param("occupancy", occupancy)
                    .param("capacity", capacity)
                    .param("at", Timestamp.from(at))
                    .update();
            if (raised == 1) {
                events.publishEvent(new CapacityThresholdReached(venueCode, sessionCode, pct, occupancy, capacity, at));
            }
        }
    }

    /** The venue's alerts, latest first. */
    List<Alert> list(String venueCode, int limit) {
        return jdbc.sql("""
                        SELECT session_code, threshold_pct, occupancy, capacity, raised_at FROM capacity_alert
                        WHERE venue_code = :venue ORDER BY raised_at DESC, threshold_pct DESC LIMIT :limit
                        """)
                .param("venue", venueCode)
                .param("limit", limit)
                .query((rs, row) -> new Alert(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        DoubleEntries.inGamesTime(rs.getTimestamp(5))))
                .list();
    }
}
