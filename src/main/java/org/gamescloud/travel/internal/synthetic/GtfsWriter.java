package org.gamescloud.travel.internal.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.gamescloud.travel.internal.synthetic.FeedModel.Runs;
import org.gamescloud.travel.internal.synthetic.FeedModel.Stop;
import org.gamescloud.travel.internal.synthetic.FeedModel.TripPattern;

/**
 * Writes the model as standard GTFS files (UTF-8, LF, header row, RFC 4180 quoting), in a fixed order so that equal
 * inputs give equal bytes. Stop times are expanded from the patterns while writing, never held in memory.
 */
final class GtfsWriter {

    static final String TIMEZONE = "Asia/Shanghai";

    private final FeedModel feed;
    private final ServiceCalendar calendar;
    private final String version;

    GtfsWriter(FeedModel feed, ServiceCalendar calendar, String version) {
        this.feed = feed;
        this.calendar = calendar;
        this.version = version;
    }

    record Counts(int trips, long stopTimes, long transfers, SortedMap<LocalDate, Integer> tripsPerDay) {}

    Counts write(FeedSink sink, Consumer<String> progress) throws IOException {
        writeAgencies(sink);
        writeStops(sink);
        writeRoutes(sink);
        writeCalendars(sink);
        writeFeedInfo(sink);
        progress.accept("stops, routes, calendars written");
        int trips = writeTrips(sink);
        progress.accept("trips.txt: " + trips + " trips");
        long stopTimes = writeStopTimes(sink);
        progress.accept("stop_times.txt: " + stopTimes + " stop times");
        long transfers;
        try (Writer out = sink.open("transfers.txt")) {
            out.write("from_stop_id,to_stop_id,transfer_type,min_transfer_time\n");
            transfers = Footpaths.forEach(
                    feed.stops(),
                    footpath -> line(
                            out,
                            footpath.fromStopId(),
                            footpath.toStopId(),
                            "2",
                            Integer.toString(footpath.duration_s())));
        }
        progress.accept("transfers.txt: " + transfers + " footpaths");
        return new Counts(trips, stopTimes, transfers, tripsPerDay());
    }

    private void writeAgencies(FeedSink sink) throws IOException {
        try (Writer out = sink.open("agency.txt")) {
            out.write("agency_id,agency_name,agency_url,agency_timezone,agency_lang,agency_phone\n");
            for (FeedModel.Agency a : feed.agencies()) {
                line(out, a.id(), a.name(), a.url(), TIMEZONE, "zh", a.phone());
            }
        }
    }

    private void writeStops(FeedSink sink) throws IOException {
        try (Writer out = sink.open("stops.txt")) {
            out.write("stop_id,stop_code,stop_name,stop_desc,stop_lat,stop_lon,location_type,wheelchair_boarding\n");
            for (Stop s : feed.stops()) {
                line(
                        out,
                        s.id(),
                        s.code(),
                        s.name(),
                        s.description(),
                        coordinate(s.location().lat()),
                        coordinate(s.location().lon()),
                        "0",
                        Integer.toString(s.wheelchairBoarding()));
            }
        }
    }

    private void writeRoutes(FeedSink sink) throws IOException {
        try (Writer out = sink.open("routes.txt")) {
            out.write("route_id,agency_id,route_short_name,route_long_name,route_desc,route_type,route_color,"
                    + "route_text_color\n");
            for (FeedModel.Route r : feed.routes()) {
                line(
                        out,
                        r.id(),
                        r.agencyId(),
                        r.shortName(),
                        r.longName(),
                        r.description(),
                        Integer.toString(r.type()),
                        r.colour(),
                        r.textColour());
            }
        }
    }

    private void writeCalendars(FeedSink sink) throws IOException {
        try (Writer out = sink.open("calendar.txt")) {
            out.write("service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n");
            for (ServiceCalendar.CalendarRow row : calendar.calendar()) {
                StringBuilder days = new StringBuilder();
                for (boolean day : row.weekdays()) {
                    days.append(day ? "1," : "0,");
                }
                out.write(row.serviceId() + "," + days + ServiceCalendar.basic(row.start()) + ","
                        + ServiceCalendar.basic(row.end()) + "\n");
            }
        }
        try (Writer out = sink.open("calendar_dates.txt")) {
            out.write("service_id,date,exception_type\n");
            for (ServiceCalendar.CalendarDate row : calendar.calendarDates()) {
                line(out, row.serviceId(), ServiceCalendar.basic(row.date()), Integer.toString(row.exceptionType()));
            }
        }
    }

    private void writeFeedInfo(FeedSink sink) throws IOException {
        try (Writer out = sink.open("feed_info.txt")) {
            out.write("feed_publisher_name,feed_publisher_url,feed_lang,feed_start_date,feed_end_date,feed_version\n");
            line(
                    out,
                    "games-cloud synthetic six-city feed (docs/travel-feed.md)",
                    "https://www.hangzhou2022.cn/",
                    "en",
                    ServiceCalendar.basic(ServiceCalendar.FIRST_DAY),
                    ServiceCalendar.basic(ServiceCalendar.LAST_DAY),
                    version);
        }
    }

    private int writeTrips(FeedSink sink) throws IOException {
        int count = 0;
        try (Writer out = sink.open("trips.txt")) {
            out.write("route_id,service_id,trip_id,trip_headsign,direction_id,wheelchair_accessible\n");
            for (TripPattern p : feed.patterns()) {
                for (Runs runs : sortedRuns(p)) {
                    for (int departure : runs.departures_s()) {
                        line(
                                out,
                                p.routeId(),
                                runs.serviceId(),
                                tripId(p, runs, departure),
                                p.headsign(),
                                Integer.toString(p.directionId()),
                                Integer.toString(p.wheelchairAccessible()));
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private long writeStopTimes(FeedSink sink) throws IOException {
        long count = 0;
        char[] clock = new char[8];
        try (Writer out = sink.open("stop_times.txt")) {
            out.write("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
            for (TripPattern p : feed.patterns()) {
                List<String> stops = p.stopIds();
                for (Runs runs : sortedRuns(p)) {
                    for (int departure : runs.departures_s()) {
                        String tripId = tripId(p, runs, departure);
                        for (int i = 0; i < stops.size(); i++) {
                            out.write(tripId);
                            out.write(',');
                            out.write(time(departure + p.arrivalOffsets_s()[i], clock));
                            out.write(',');
                            out.write(time(departure + p.departureOffsets_s()[i], clock));
                            out.write(',');
                            out.write(stops.get(i));
                            out.write(',');
                            out.write(Integer.toString(i + 1));
                            out.write('\n');
                        }
                        count += stops.size();
                    }
                }
            }
        }
        return count;
    }

    private SortedMap<LocalDate, Integer> tripsPerDay() {
        SortedMap<LocalDate, Integer> perDay = new TreeMap<>();
        SortedMap<LocalDate, Set<String>> services = calendar.servicesByDay();
        services.forEach((day, running) -> perDay.put(
                day,
                feed.patterns().stream()
                        .flatMap(p -> p.runs().stream())
                        .filter(r -> running.contains(r.serviceId()))
                        .mapToInt(r -> r.departures_s().length)
                        .sum()));
        return perDay;
    }

    private static List<Runs> sortedRuns(TripPattern pattern) {
        return pattern.runs().stream()
                .sorted(Comparator.comparing(Runs::serviceId))
                .toList();
    }

    /** Pattern, service (D = daily, W = working days, Gmmdd = Games day) and first departure: unique and readable. */
    static String tripId(TripPattern pattern, Runs runs, int departure_s) {
        String service = runs.serviceId();
        String code = service.equals(ServiceCalendar.DAILY)
                ? "D"
                : service.equals(ServiceCalendar.WORKDAY) ? "W" : "G" + service.substring(service.length() - 4);
        return pattern.id() + "-" + code + new String(time(departure_s, new char[8])).replace(":", "");
    }

    /** GTFS time, hours past 23 allowed for trips after midnight. */
    static char[] time(int seconds, char[] into) {
        int h = seconds / 3600;
        int m = seconds / 60 % 60;
        int s = seconds % 60;
        into[0] = (char) ('0' + h / 10);
        into[1] = (char) ('0' + h % 10);
        into[2] = ':';
        into[3] = (char) ('0' + m / 10);
        into[4] = (char) ('0' + m % 10);
        into[5] = ':';
        into[6] = (char) ('0' + s / 10);
        into[7] = (char) ('0' + s % 10);
        return into;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static void line(Writer out, String... fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(escape(fields[i]));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
