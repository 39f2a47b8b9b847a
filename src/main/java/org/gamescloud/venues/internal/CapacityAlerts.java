package org.gamescloud.venues.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.gamescloud.venues.CapacityThresholdReached;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Raises an alert when an admission brings a venue's occupancy to a configured share of its capacity: stored once
 * per venue, session and threshold (the primary key decides between concurrent admissions) and published as
 * {@link CapacityThresholdReached}.
 *
 * <p>Counting who is inside reads the venue's whole presence index, which in a filling stadium is tens of thousands
 * of entries: once per admission that made the gates' cost grow with the crowd. So the venue is counted only when a
 * threshold not yet raised for the session may have been reached: between counts, this node adds its own admissions
 * to the last count (an upper bound, since exits only lower it), less a margin for admissions still in flight; and a
 * count older than {@link #RECOUNT_AFTER} is renewed, so that other nodes' admissions are seen too. Thresholds
 * already raised are remembered and never checked again.
 */
@Component
class CapacityAlerts {

    record Alert(String sessionCode, int thresholdPercent, int occupancy, int capacity, OffsetDateTime raisedAt) {}

    /** Admissions that may be in flight on this node, unseen by a count: the estimate counts again this far below. */
    static final int IN_FLIGHT_MARGIN = 64;

    static final Duration RECOUNT_AFTER = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final VenuesProperties properties;
    private final ApplicationEventPublisher events;
    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();
    private final Set<String> raised = ConcurrentHashMap.newKeySet();

    /** A venue's last count and this node's admissions since. */
    static final class Tally {

        private final AtomicInteger admittedSince = new AtomicInteger();
        private volatile int counted;
        private volatile long countedAtNanos;
        private volatile boolean everCounted;

        /** One more admission here; the occupancy it may have brought the venue to at most. */
        int admitOne() {
            return counted + admittedSince.incrementAndGet();
        }

        boolean stale(long nowNanos) {
            return !everCounted || nowNanos - countedAtNanos > RECOUNT_AFTER.toNanos();
        }

        void counted(int inside, long nowNanos) {
            admittedSince.set(0);
            counted = inside;
            countedAtNanos = nowNanos;
            everCounted = true;
        }
    }

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

    /**
     * After an admission to the session: raises the thresholds the venue's occupancy has reached, counting who is
     * inside ({@code countInside}) only when one of the session's thresholds not yet raised may have been reached.
     */
    void afterAdmission(String venueCode, String sessionCode, IntSupplier countInside, Integer capacity, Instant at) {
        if (capacity == null || capacity <= 0) {
            return;
        }
        List<Integer> open = properties.alertThresholds().stream()
                .filter(pct -> !raised.contains(key(venueCode, sessionCode, pct)))
                .toList();
        if (open.isEmpty()) {
            return;
        }
        Tally tally = tallies.computeIfAbsent(venueCode, venue -> new Tally());
        int atMost = tally.admitOne();
        long now = System.nanoTime();
        long lowestSeats = ((long) open.get(0) * capacity + 99) / 100;
        if (atMost + IN_FLIGHT_MARGIN < lowestSeats && !tally.stale(now)) {
            return;
        }
        int occupancy = countInside.getAsInt();
        tally.counted(occupancy, now);
        for (int pct : reached(open, occupancy, capacity)) {
            int inserted = jdbc.sql("""
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
            if (inserted == 1) {
                events.publishEvent(new CapacityThresholdReached(venueCode, sessionCode, pct, occupancy, capacity, at));
                remembered(venueCode, sessionCode, pct);
            } else {
                raised.add(key(venueCode, sessionCode, pct));
            }
        }
    }

    /**
     * Remembers a raised threshold once its transaction has committed (a rolled-back admission raised nothing), or
     * at once outside a transaction.
     */
    private void remembered(String venueCode, String sessionCode, int pct) {
        String key = key(venueCode, sessionCode, pct);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    raised.add(key);
                }
            });
        } else {
            raised.add(key);
        }
    }

    private static String key(String venueCode, String sessionCode, int pct) {
        return venueCode + "|" + sessionCode + "|" + pct;
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
