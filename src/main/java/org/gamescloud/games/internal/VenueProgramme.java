package org.gamescloud.games.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sessions of one venue on one day, as the home page shows them. */
record VenueProgramme(String venue, List<Sessions.Session> sessions) {

    /**
     * Groups a day's sessions by venue so that what comes next is on top: the venue whose next session is soonest
     * (or already running) first, venues that are done for the day last; within a venue, sessions not yet over come
     * before those that are, each in time order.
     */
    static List<VenueProgramme> nextFirst(List<Sessions.Session> sessions, OffsetDateTime now) {
        Comparator<Sessions.Session> comingFirst = Comparator.comparing(
                        (Sessions.Session session) -> isOver(session, now))
                .thenComparing(Sessions.Session::start)
                .thenComparing(Sessions.Session::code);
        Map<String, List<Sessions.Session>> byVenue = new LinkedHashMap<>();
        sessions.stream()
                .sorted(comingFirst)
                .forEach(session -> byVenue.computeIfAbsent(session.venue(), venue -> new ArrayList<>())
                        .add(session));
        return byVenue.entrySet().stream()
                .map(entry -> new VenueProgramme(entry.getKey(), List.copyOf(entry.getValue())))
                .sorted(Comparator.comparing(
                        (VenueProgramme programme) -> programme.sessions().get(0), comingFirst))
                .toList();
    }

    static boolean isOver(Sessions.Session session, OffsetDateTime now) {
        return !session.end().isAfter(now);
    }
}
