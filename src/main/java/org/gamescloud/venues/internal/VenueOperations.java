package org.gamescloud.venues.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gamescloud.games.ScheduledSession;
import org.gamescloud.games.SessionSchedule;
import org.gamescloud.games.Venue;
import org.gamescloud.games.Venues;
import org.gamescloud.platform.Bilingual;
import org.gamescloud.platform.GamesClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the venue manager watches: who is inside per session, what the gates let through, alerts, double entries. */
@Component
class VenueOperations {

    static final Duration THROUGHPUT_WINDOW = Duration.ofMinutes(15);

    /** Sessions shown: those running or admitting within this distance of now, plus any with people inside. */
    static final Duration SESSIONS_AROUND_NOW = Duration.ofHours(12);

    record SessionOccupancy(
            String code,
            String name,
            String nameZh,
            OffsetDateTime start,
            OffsetDateTime end,
            boolean admitting,
            int inside,
            int admitted)
            implements Bilingual {}

    record Occupancy(
            String venueCode,
            String venueName,
            String venueNameZh,
            Integer capacity,
            int inside,
            Integer percent,
            List<SessionOccupancy> sessions,
            int throughputMinutes,
            List<ScanLog.GateThroughput> gates,
            List<CapacityAlerts.Alert> alerts,
            List<DoubleEntries.DoubleEntry> doubleEntries,
            OffsetDateTime at)
            implements Bilingual {

        @Override
        public String name() {
            return venueName;
        }

        @Override
        public String nameZh() {
            return venueNameZh;
        }
    }

    private final Venues venues;
    private final SessionSchedule sessions;
    private final Presence presence;
    private final ScanLog log;
    private final CapacityAlerts alerts;
    private final DoubleEntries doubleEntries;
    private final GamesClock clock;

    VenueOperations(
            Venues venues,
            SessionSchedule sessions,
            Presence presence,
            ScanLog log,
            CapacityAlerts alerts,
            DoubleEntries doubleEntries,
            GamesClock clock) {
        this.venues = venues;
        this.sessions = sessions;
        this.presence = presence;
        this.log = log;
        this.alerts = alerts;
        this.doubleEntries = doubleEntries;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Occupancy occupancy(String venueCode) {
        Venue venue = venues.findVenue(venueCode).orElseThrow();
        OffsetDateTime now = clock.now();
        Instant at = now.toInstant();
        Map<String, Presence.SessionCount> counts = new LinkedHashMap<>();
        presence.countBySession(venueCode).forEach(count -> counts.put(count.sessionCode(), count));
        Map<String, ScheduledSession> shown = new LinkedHashMap<>();
        sessions.listSessions(venueCode, now.minus(SESSIONS_AROUND_NOW), now.plus(SESSIONS_AROUND_NOW))
                .forEach(session -> shown.put(session.code(), session));
        counts.values().stream()
                .filter(count -> count.inside() > 0 && !shown.containsKey(count.sessionCode()))
                .forEach(count -> sessions.findSession(count.sessionCode())
                        .ifPresent(session -> shown.put(session.code(), session)));
        List<SessionOccupancy> bySession = shown.values().stream()
                .sorted((a, b) -> a.start().compareTo(b.start()))
                .map(session -> {
                    Presence.SessionCount count =
                            counts.getOrDefault(session.code(), new Presence.SessionCount(session.code(), 0, 0));
                    return new SessionOccupancy(
                            session.code(),
                            session.name(),
                            session.nameZh(),
                            DoubleEntries.inGamesTime(session.start().toInstant()),
                            DoubleEntries.inGamesTime(session.end().toInstant()),
                            EntryPolicy.admitsAt(session, at),
                            count.inside(),
                            count.admitted());
                })
                .toList();
        int inside = presence.countInside(venueCode);
        Integer capacity = venue.capacity();
        return new Occupancy(
                venueCode,
                venue.name(),
                venue.nameZh(),
                capacity,
                inside,
                capacity == null || capacity == 0 ? null : (int) ((long) inside * 100 / capacity),
                bySession,
                (int) THROUGHPUT_WINDOW.toMinutes(),
                log.throughputSince(venueCode, at.minus(THROUGHPUT_WINDOW)),
                alerts.list(venueCode, 20),
                doubleEntries.list(venueCode, 20),
                now);
    }

    List<DoubleEntries.DoubleEntry> doubleEntries(String venueCode) {
        return doubleEntries.list(venueCode, 1000);
    }
}
