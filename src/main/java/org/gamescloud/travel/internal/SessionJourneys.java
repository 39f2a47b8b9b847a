package org.gamescloud.travel.internal;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gamescloud.games.ScheduledSession;
import org.gamescloud.games.SessionSchedule;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.gamescloud.travel.internal.raptor.RaptorRequest;
import org.gamescloud.travel.internal.timetable.Timetable;
import org.springframework.stereotype.Service;

/**
 * "How do I get to my session": to the venue arriving at least {@link #BEFORE_START_MINUTES} before the start (gates
 * and security take time), leaving as late as possible; and back, leaving the venue {@link #AFTER_END_MINUTES} after
 * the end.
 */
@Service
class SessionJourneys {

    static final int BEFORE_START_MINUTES = 30;
    static final int AFTER_END_MINUTES = 15;
    private static final int SEARCH_HOURS = 3;

    private final SessionSchedule sessions;
    private final JourneyPlanner planner;
    private final TransitFeeds feeds;
    private final Places places;

    SessionJourneys(SessionSchedule sessions, JourneyPlanner planner, TransitFeeds feeds, Places places) {
        this.sessions = sessions;
        this.planner = planner;
        this.feeds = feeds;
        this.places = places;
    }

    List<Journey> toSession(String sessionCode, String from, boolean wheelchair) {
        ScheduledSession session = session(sessionCode);
        ZonedDateTime arriveBy =
                session.start().atZoneSameInstant(GamesClock.GAMES_ZONE).minusMinutes(BEFORE_START_MINUTES);
        ZonedDateTime earliest = arriveBy.minusHours(SEARCH_HOURS);
        Timetable timetable = feeds.timetable(earliest.toLocalDate());
        Place origin = places.resolve(from, timetable);
        Place venue = places.venue(session.venue());
        List<Journey> inTime = new ArrayList<>();
        for (Journey journey :
                planner.plan(timetable, origin, venue, query(from, session, earliest, 180, wheelchair))) {
            if (journey.isWalkOnly()) {
                inTime.add(journey.shiftedToArriveAt(arriveBy.toOffsetDateTime()));
            } else if (!journey.arrival().isAfter(arriveBy.toOffsetDateTime())) {
                inTime.add(journey);
            }
        }
        return latestPerTransfers(inTime);
    }

    List<Journey> fromSession(String sessionCode, String to, boolean wheelchair) {
        ScheduledSession session = session(sessionCode);
        ZonedDateTime leave =
                session.end().atZoneSameInstant(GamesClock.GAMES_ZONE).plusMinutes(AFTER_END_MINUTES);
        Timetable timetable = feeds.timetable(leave.toLocalDate());
        Place venue = places.venue(session.venue());
        Place destination = places.resolve(to, timetable);
        return planner.plan(timetable, venue, destination, query(session.venue(), session, leave, 0, wheelchair));
    }

    private ScheduledSession session(String code) {
        return sessions.findSession(code).orElseThrow(() -> Problems.notFound("No session " + code));
    }

    private static JourneyPlanner.Query query(
            String place, ScheduledSession session, ZonedDateTime departAt, int window, boolean wheelchair) {
        return new JourneyPlanner.Query(
                place, session.venue(), departAt, window, wheelchair, RaptorRequest.MAX_TRANSFERS);
    }

    /** For each number of transfers, the journey that leaves last (and of those, arrives first). */
    private static List<Journey> latestPerTransfers(List<Journey> journeys) {
        List<Journey> best = new ArrayList<>();
        journeys.stream()
                .sorted(Comparator.comparing(Journey::departure).reversed().thenComparing(Journey::arrival))
                .forEach(journey -> {
                    boolean dominated = best.stream().anyMatch(kept -> kept.transfers() <= journey.transfers());
                    if (!dominated) {
                        best.add(journey);
                    }
                });
        best.sort(Comparator.comparing(Journey::departure));
        return best;
    }
}
