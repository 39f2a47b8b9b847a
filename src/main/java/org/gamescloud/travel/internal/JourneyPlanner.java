package org.gamescloud.travel.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.travel.internal.raptor.AccessEgress;
import org.gamescloud.travel.internal.raptor.Raptor;
import org.gamescloud.travel.internal.raptor.RaptorPath;
import org.gamescloud.travel.internal.raptor.RaptorRequest;
import org.gamescloud.travel.internal.timetable.GridIndex;
import org.gamescloud.travel.internal.timetable.Timetable;
import org.gamescloud.travel.internal.timetable.Walking;
import org.springframework.stereotype.Service;

/**
 * Plans journeys between places on the timetable of the departure's Games-local day: access and egress walks to
 * stops within {@link Walking#ACCESS_RADIUS_M} (a stop named in the query is used as it is, and the stops a footpath
 * away), RAPTOR for the Pareto set, and a walk alone when it is quicker than riding.
 */
@Service
class JourneyPlanner {

    /** Walking the whole way is offered up to this distance. */
    static final double DIRECT_WALK_M = 2000;

    /** A search: from, to, leave at, how many minutes later one may leave, wheelchair, transfers at most. */
    record Query(
            String from, String to, ZonedDateTime departAt, int windowMinutes, boolean wheelchair, int maxTransfers) {}

    private final TransitFeeds feeds;
    private final Places places;

    JourneyPlanner(TransitFeeds feeds, Places places) {
        this.feeds = feeds;
        this.places = places;
    }

    List<Journey> plan(Query query) {
        LocalDate day = query.departAt().toLocalDate();
        Timetable timetable = feeds.timetable(day);
        Place from = places.resolve(query.from(), timetable);
        Place to = places.resolve(query.to(), timetable);
        return plan(timetable, from, to, query);
    }

    List<Journey> plan(Timetable timetable, Place from, Place to, Query query) {
        ZonedDateTime midnight = query.departAt().toLocalDate().atStartOfDay(GamesClock.GAMES_ZONE);
        int departure =
                (int) java.time.Duration.between(midnight, query.departAt()).toSeconds();
        RaptorRequest request = new RaptorRequest(
                departure,
                query.windowMinutes() * 60,
                walks(timetable, from),
                walks(timetable, to),
                query.maxTransfers(),
                query.wheelchair());
        JourneyLegs legs = new JourneyLegs(timetable, from, to, midnight);
        List<Journey> journeys = new ArrayList<>();
        int walk = directWalk_s(from, to);
        for (RaptorPath path : new Raptor(timetable).route(request)) {
            if (path.duration_s() < walk) {
                journeys.add(legs.journey(path));
            }
        }
        if (walk != Integer.MAX_VALUE && !query.wheelchair()) {
            Journey walkOnly = legs.walkOnly(departure, walk);
            boolean beaten = journeys.stream()
                    .anyMatch(ride -> !ride.departure().isBefore(walkOnly.departure())
                            && !ride.arrival().isAfter(walkOnly.arrival()));
            if (!beaten) {
                journeys.add(walkOnly);
            }
        }
        journeys.sort(Comparator.comparing(Journey::departure).thenComparing(Journey::arrival));
        return journeys;
    }

    private static int directWalk_s(Place from, Place to) {
        double distance = Walking.distance_m(from.latitude(), from.longitude(), to.latitude(), to.longitude());
        return distance <= DIRECT_WALK_M && !from.id().equals(to.id())
                ? Walking.duration_s(distance)
                : Integer.MAX_VALUE;
    }

    private static List<AccessEgress> walks(Timetable timetable, Place place) {
        List<AccessEgress> walks = new ArrayList<>();
        if (place.isStop()) {
            walks.add(new AccessEgress(place.stop(), 0));
            int[] targets = timetable.transferTargets(place.stop());
            int[] durations = timetable.transferDurations(place.stop());
            for (int i = 0; i < targets.length; i++) {
                walks.add(new AccessEgress(targets[i], durations[i]));
            }
            return walks;
        }
        for (GridIndex.Near near : timetable.stopsNear(place.latitude(), place.longitude(), Walking.ACCESS_RADIUS_M)) {
            walks.add(new AccessEgress(near.point(), Walking.duration_s(near.distance_m())));
        }
        return walks;
    }

    static OffsetDateTime at(ZonedDateTime midnight, int seconds) {
        return midnight.plusSeconds(seconds).toOffsetDateTime();
    }
}
