package org.gamescloud.travel.internal;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gamescloud.travel.internal.gtfs.TransitMode;
import org.gamescloud.travel.internal.raptor.RaptorPath;
import org.gamescloud.travel.internal.timetable.Timetable;

/** Tells a RAPTOR path as the API's legs: stop ids and names, route names, modes, Games-local times. */
final class JourneyLegs {

    private final Timetable timetable;
    private final Place from;
    private final Place to;
    private final ZonedDateTime midnight;

    JourneyLegs(Timetable timetable, Place from, Place to, ZonedDateTime midnight) {
        this.timetable = timetable;
        this.from = from;
        this.to = to;
        this.midnight = midnight;
    }

    Journey journey(RaptorPath path) {
        List<Journey.Leg> legs = new ArrayList<>();
        for (RaptorPath.Leg leg : path.legs()) {
            if (leg instanceof RaptorPath.Access access && access.stop() != from.stop()) {
                legs.add(walk(from, stop(access.stop()), access.start(), access.end()));
            } else if (leg instanceof RaptorPath.Ride ride) {
                legs.add(ride(ride));
            } else if (leg instanceof RaptorPath.Transfer transfer) {
                legs.add(walk(stop(transfer.fromStop()), stop(transfer.toStop()), transfer.start(), transfer.end()));
            } else if (leg instanceof RaptorPath.Egress egress && egress.stop() != to.stop()) {
                legs.add(walk(stop(egress.stop()), to, egress.start(), egress.end()));
            }
        }
        return new Journey(
                JourneyPlanner.at(midnight, path.departure()),
                JourneyPlanner.at(midnight, path.arrival()),
                path.transfers(),
                legs);
    }

    Journey walkOnly(int departure, int walk_s) {
        Journey.Leg walk = walk(from, to, departure, departure + walk_s);
        return new Journey(walk.departure(), walk.arrival(), 0, List.of(walk));
    }

    private Place stop(int stop) {
        return new Place(
                timetable.stopId(stop),
                timetable.stopName(stop),
                timetable.latitude(stop),
                timetable.longitude(stop),
                stop);
    }

    private Journey.Leg walk(Place start, Place end, int departure, int arrival) {
        return leg(TransitMode.WALK, "", start, end, departure, arrival);
    }

    private Journey.Leg ride(RaptorPath.Ride ride) {
        return leg(
                timetable.mode(ride.pattern()),
                timetable.routeName(ride.pattern()),
                stop(ride.fromStop()),
                stop(ride.toStop()),
                ride.start(),
                ride.end());
    }

    private Journey.Leg leg(TransitMode mode, String route, Place start, Place end, int departure, int arrival) {
        return new Journey.Leg(
                mode.name(),
                route,
                start.id(),
                end.id(),
                JourneyPlanner.at(midnight, departure),
                JourneyPlanner.at(midnight, arrival),
                start.name(),
                end.name(),
                start.latitude(),
                start.longitude(),
                end.latitude(),
                end.longitude());
    }
}
