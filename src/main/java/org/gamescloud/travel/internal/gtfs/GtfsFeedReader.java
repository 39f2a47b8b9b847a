package org.gamescloud.travel.internal.gtfs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gamescloud.travel.internal.gtfs.GtfsFeed.Frequency;
import org.gamescloud.travel.internal.gtfs.GtfsFeed.Route;
import org.gamescloud.travel.internal.gtfs.GtfsFeed.Stop;
import org.gamescloud.travel.internal.gtfs.GtfsFeed.Transfer;
import org.gamescloud.travel.internal.gtfs.GtfsFeed.Trip;

/**
 * Reads and validates a feed. Every reference must resolve (trips to routes and services, stop times to trips and
 * stops, parents, transfers, frequencies), every trip needs two stop times, its first and last timed, and times
 * never decrease along a trip; the first problem found is thrown as a {@link GtfsFeedException}. Untimed
 * intermediate stops are interpolated by position.
 */
public final class GtfsFeedReader {

    private final String feedId;
    private final GtfsFiles files;
    private final List<Stop> stops = new ArrayList<>();
    private final Map<String, Integer> stopIndex = new HashMap<>();
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Integer> routeIndex = new HashMap<>();
    private final List<Trip> trips = new ArrayList<>();
    private final Map<String, Integer> tripIndex = new HashMap<>();
    private final ServiceCalendar services = new ServiceCalendar();

    private GtfsFeedReader(String feedId, GtfsFiles files) {
        this.feedId = feedId;
        this.files = files;
    }

    public static GtfsFeed read(String feedId, GtfsFiles files) {
        return new GtfsFeedReader(feedId, files).read();
    }

    private GtfsFeed read() {
        if (!files.has("calendar.txt") && !files.has("calendar_dates.txt")) {
            throw new GtfsFeedException("calendar.txt", null, null, "required file missing (or calendar_dates.txt)");
        }
        readStops();
        readRoutes();
        readCalendars();
        readTrips();
        StopTimes stopTimes = readStopTimes();
        return new GtfsFeed(
                feedId,
                List.copyOf(stops),
                List.copyOf(routes),
                List.copyOf(trips),
                stopTimes.tripStart,
                stopTimes.stop,
                stopTimes.arrival,
                stopTimes.departure,
                services,
                readFrequencies(),
                readTransfers());
    }

    private void readStops() {
        Map<Integer, String> parents = new HashMap<>();
        Map<Integer, Integer> parentLines = new HashMap<>();
        files.table("stops.txt")
                .forEachRow(
                        row -> {
                            String id = row.required("stop_id");
                            int locationType = row.integer("location_type", 0);
                            if (locationType > 1) {
                                return; // entrances, generic nodes and boarding areas are not routed on
                            }
                            if (stopIndex.putIfAbsent(id, stops.size()) != null) {
                                throw row.problem("stop_id", "duplicate stop " + id);
                            }
                            double latitude = row.decimal("stop_lat");
                            double longitude = row.decimal("stop_lon");
                            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                                throw row.problem("stop_lat", "coordinates out of range");
                            }
                            String parent = row.optional("parent_station");
                            if (parent != null) {
                                parents.put(stops.size(), parent);
                                parentLines.put(stops.size(), row.line());
                            }
                            String name = row.optional("stop_name");
                            stops.add(new Stop(
                                    id,
                                    name == null ? id : name,
                                    latitude,
                                    longitude,
                                    locationType == 1,
                                    -1,
                                    row.integer("wheelchair_boarding", 0)));
                        },
                        "stop_id",
                        "stop_lat",
                        "stop_lon");
        parents.forEach((child, parentId) -> {
            Integer parent = stopIndex.get(parentId);
            if (parent == null) {
                throw new GtfsFeedException(
                        "stops.txt", parentLines.get(child), "parent_station", "unknown stop " + parentId);
            }
            Stop stop = stops.get(child);
            int wheelchair = stop.wheelchair() == 0 ? stops.get(parent).wheelchair() : stop.wheelchair();
            stops.set(
                    child,
                    new Stop(
                            stop.id(),
                            stop.name(),
                            stop.latitude(),
                            stop.longitude(),
                            stop.station(),
                            parent,
                            wheelchair));
        });
    }

    private void readRoutes() {
        files.table("routes.txt")
                .forEachRow(
                        row -> {
                            String id = row.required("route_id");
                            if (routeIndex.putIfAbsent(id, routes.size()) != null) {
                                throw row.problem("route_id", "duplicate route " + id);
                            }
                            String shortName = row.optional("route_short_name");
                            String longName = row.optional("route_long_name");
                            if (shortName == null && longName == null) {
                                throw row.problem("route_short_name", "a route needs a short or a long name");
                            }
                            int type = row.integer("route_type", -1);
                            if (RouteTypes.modeOf(type) == null) {
                                throw row.problem("route_type", "unknown route type " + type);
                            }
                            routes.add(new Route(
                                    id, shortName == null ? "" : shortName, longName == null ? "" : longName, type));
                        },
                        "route_id",
                        "route_type");
    }

    private void readCalendars() {
        if (files.has("calendar.txt")) {
            String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
            files.table("calendar.txt")
                    .forEachRow(
                            row -> {
                                boolean[] weekdays = new boolean[7];
                                for (int d = 0; d < 7; d++) {
                                    weekdays[d] = row.integer(days[d], 0) == 1;
                                }
                                LocalDate start = row.date("start_date");
                                LocalDate end = row.date("end_date");
                                services.addWeekly(row.required("service_id"), weekdays, start, end);
                            },
                            "service_id",
                            "monday",
                            "tuesday",
                            "wednesday",
                            "thursday",
                            "friday",
                            "saturday",
                            "sunday",
                            "start_date",
                            "end_date");
        }
        if (files.has("calendar_dates.txt")) {
            files.table("calendar_dates.txt")
                    .forEachRow(
                            row -> {
                                int type = row.integer("exception_type", 0);
                                if (type != 1 && type != 2) {
                                    throw row.problem("exception_type", "must be 1 (added) or 2 (removed)");
                                }
                                services.addException(row.required("service_id"), row.date("date"), type == 1);
                            },
                            "service_id",
                            "date",
                            "exception_type");
        }
    }

    private void readTrips() {
        files.table("trips.txt")
                .forEachRow(
                        row -> {
                            String id = row.required("trip_id");
                            Integer route = routeIndex.get(row.required("route_id"));
                            if (route == null) {
                                throw row.problem("route_id", "unknown route " + row.required("route_id"));
                            }
                            Integer service = services.find(row.required("service_id"));
                            if (service == null) {
                                throw row.problem("service_id", "unknown service " + row.required("service_id"));
                            }
                            if (tripIndex.putIfAbsent(id, trips.size()) != null) {
                                throw row.problem("trip_id", "duplicate trip " + id);
                            }
                            trips.add(new Trip(id, route, service, row.integer("wheelchair_accessible", 0)));
                        },
                        "route_id",
                        "service_id",
                        "trip_id");
    }

    private StopTimes readStopTimes() {
        IntList trip = new IntList();
        IntList sequence = new IntList();
        IntList stop = new IntList();
        IntList arrival = new IntList();
        IntList departure = new IntList();
        IntList line = new IntList();
        files.table("stop_times.txt")
                .forEachRow(
                        row -> {
                            Integer t = tripIndex.get(row.required("trip_id"));
                            if (t == null) {
                                throw row.problem("trip_id", "unknown trip " + row.required("trip_id"));
                            }
                            Integer s = stopIndex.get(row.required("stop_id"));
                            if (s == null) {
                                throw row.problem("stop_id", "unknown stop " + row.required("stop_id"));
                            }
                            int arrive = row.time("arrival_time");
                            int depart = row.time("departure_time");
                            trip.add(t);
                            sequence.add(row.integer("stop_sequence", -1));
                            stop.add(s);
                            arrival.add(arrive < 0 ? depart : arrive);
                            departure.add(depart < 0 ? arrive : depart);
                            line.add(row.line());
                        },
                        "trip_id",
                        "stop_id",
                        "stop_sequence",
                        "arrival_time",
                        "departure_time");
        return StopTimes.ordered(trips, trip, sequence, stop, arrival, departure, line);
    }

    private List<Frequency> readFrequencies() {
        List<Frequency> frequencies = new ArrayList<>();
        if (files.has("frequencies.txt")) {
            files.table("frequencies.txt")
                    .forEachRow(
                            row -> {
                                Integer t = tripIndex.get(row.required("trip_id"));
                                if (t == null) {
                                    throw row.problem("trip_id", "unknown trip " + row.required("trip_id"));
                                }
                                int start = row.time("start_time");
                                int end = row.time("end_time");
                                int headway = row.integer("headway_secs", 0);
                                if (start < 0 || end <= start || headway <= 0) {
                                    throw row.problem(
                                            "headway_secs", "needs start_time < end_time and a positive headway");
                                }
                                frequencies.add(new Frequency(t, start, end, headway));
                            },
                            "trip_id",
                            "start_time",
                            "end_time",
                            "headway_secs");
        }
        return frequencies;
    }

    private List<Transfer> readTransfers() {
        List<Transfer> transfers = new ArrayList<>();
        if (files.has("transfers.txt")) {
            files.table("transfers.txt")
                    .forEachRow(
                            row -> {
                                String fromId = row.optional("from_stop_id");
                                String toId = row.optional("to_stop_id");
                                if (fromId == null || toId == null) {
                                    return; // trip- or route-to-route transfers without stops are not used for routing
                                }
                                Integer from = stopIndex.get(fromId);
                                if (from == null) {
                                    throw row.problem("from_stop_id", "unknown stop " + fromId);
                                }
                                Integer to = stopIndex.get(toId);
                                if (to == null) {
                                    throw row.problem("to_stop_id", "unknown stop " + toId);
                                }
                                transfers.add(new Transfer(
                                        from,
                                        to,
                                        row.integer("transfer_type", 0),
                                        row.integer("min_transfer_time", -1)));
                            },
                            "from_stop_id",
                            "to_stop_id");
        }
        return transfers;
    }
}
