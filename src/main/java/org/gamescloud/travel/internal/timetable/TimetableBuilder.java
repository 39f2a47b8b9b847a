package org.gamescloud.travel.internal.timetable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gamescloud.travel.internal.gtfs.GtfsFeed;
import org.gamescloud.travel.internal.gtfs.RouteTypes;
import org.gamescloud.travel.internal.gtfs.TransitMode;

/**
 * Builds the {@link Timetable} of a service day from feeds: the trips whose service runs that day (and those of the
 * day before still running past midnight, shifted 24 h earlier; frequency-based trips expanded to one trip per
 * departure), grouped into patterns by route and stop sequence and split so that no trip overtakes another; then
 * footpaths between stops.
 */
public final class TimetableBuilder {

    static final int DAY_S = 24 * 3600;

    /** One run of a feed's trip, {@code shift} seconds later than its stop_times say. */
    private record Run(GtfsFeed feed, int trip, int shift) {

        int from() {
            return feed.tripStart()[trip];
        }

        int length() {
            return feed.tripStart()[trip + 1] - from();
        }

        int departure(int position) {
            return feed.stopTimeDeparture()[from() + position] + shift;
        }

        int arrival(int position) {
            return feed.stopTimeArrival()[from() + position] + shift;
        }
    }

    private record PatternKey(int route, List<Integer> stops) {}

    final LocalDate serviceDay;
    String[] stopIds;
    String[] stopNames;
    double[] latitudes;
    double[] longitudes;
    boolean[] stopAccessible;
    final Map<String, Integer> stopById = new HashMap<>();
    int[][] patternsAt;
    int[][] positionsAt;
    int[][] patternStops;
    int[] patternRoute;
    int[][] departures;
    int[][] arrivals;
    boolean[][] tripAccessible;
    String[][] tripIds;
    String[] routeNames;
    TransitMode[] routeModes;
    int[][] transferTargets;
    int[][] transferDurations;
    int tripCount;

    private final List<GtfsFeed> feeds;
    private final int[] stopOffset;
    private final int[] routeOffset;

    private TimetableBuilder(List<GtfsFeed> feeds, LocalDate serviceDay) {
        this.feeds = feeds;
        this.serviceDay = serviceDay;
        stopOffset = new int[feeds.size()];
        routeOffset = new int[feeds.size()];
    }

    public static Timetable build(List<GtfsFeed> feeds, LocalDate serviceDay) {
        TimetableBuilder builder = new TimetableBuilder(feeds, serviceDay);
        builder.stops();
        builder.routes();
        builder.patterns(builder.runs());
        builder.footpaths();
        return new Timetable(builder);
    }

    private void stops() {
        int count = feeds.stream().mapToInt(feed -> feed.stops().size()).sum();
        stopIds = new String[count];
        stopNames = new String[count];
        latitudes = new double[count];
        longitudes = new double[count];
        stopAccessible = new boolean[count];
        int next = 0;
        for (int f = 0; f < feeds.size(); f++) {
            stopOffset[f] = next;
            for (GtfsFeed.Stop stop : feeds.get(f).stops()) {
                stopIds[next] = feeds.get(f).id() + ":" + stop.id();
                stopNames[next] = stop.name();
                latitudes[next] = stop.latitude();
                longitudes[next] = stop.longitude();
                stopAccessible[next] = stop.wheelchair() == GtfsFeed.WHEELCHAIR_YES;
                stopById.put(stopIds[next], next);
                next++;
            }
        }
    }

    private void routes() {
        int count = feeds.stream().mapToInt(feed -> feed.routes().size()).sum();
        routeNames = new String[count];
        routeModes = new TransitMode[count];
        int next = 0;
        for (int f = 0; f < feeds.size(); f++) {
            routeOffset[f] = next;
            for (GtfsFeed.Route route : feeds.get(f).routes()) {
                routeNames[next] = route.shortName().isEmpty() ? route.longName() : route.shortName();
                routeModes[next] = RouteTypes.modeOf(route.type());
                next++;
            }
        }
    }

    private List<Run> runs() {
        LocalDate dayBefore = serviceDay.minusDays(1);
        List<Run> runs = new ArrayList<>();
        for (GtfsFeed feed : feeds) {
            Map<Integer, List<GtfsFeed.Frequency>> frequencies = new HashMap<>();
            feed.frequencies()
                    .forEach(frequency -> frequencies
                            .computeIfAbsent(frequency.trip(), t -> new ArrayList<>())
                            .add(frequency));
            for (int t = 0; t < feed.trips().size(); t++) {
                int service = feed.trips().get(t).service();
                if (feed.services().runsOn(service, serviceDay)) {
                    addRuns(runs, feed, t, 0, frequencies.get(t));
                }
                if (feed.services().runsOn(service, dayBefore)) {
                    addRuns(runs, feed, t, -DAY_S, frequencies.get(t));
                }
            }
        }
        return runs;
    }

    private static void addRuns(
            List<Run> runs, GtfsFeed feed, int trip, int dayShift, List<GtfsFeed.Frequency> repeats) {
        int firstDeparture = feed.stopTimeDeparture()[feed.tripStart()[trip]];
        int lastArrival = feed.stopTimeArrival()[feed.tripStart()[trip + 1] - 1];
        if (repeats == null) {
            if (lastArrival + dayShift > 0) {
                runs.add(new Run(feed, trip, dayShift));
            }
            return;
        }
        for (GtfsFeed.Frequency repeat : repeats) {
            for (int start = repeat.start(); start < repeat.end(); start += repeat.headway()) {
                int shift = start - firstDeparture + dayShift;
                if (lastArrival + shift > 0) {
                    runs.add(new Run(feed, trip, shift));
                }
            }
        }
    }

    private void patterns(List<Run> runs) {
        tripCount = runs.size();
        Map<PatternKey, List<Run>> byKey = new LinkedHashMap<>();
        // By identity: a feed record's own hashCode would hash every stop time of the feed, once per run.
        Map<GtfsFeed, Integer> feedIndex = new IdentityHashMap<>();
        for (int f = 0; f < feeds.size(); f++) {
            feedIndex.put(feeds.get(f), f);
        }
        for (Run run : runs) {
            int f = feedIndex.get(run.feed());
            Integer[] stops = new Integer[run.length()];
            for (int i = 0; i < stops.length; i++) {
                stops[i] = stopOffset[f] + run.feed().stopTimeStop()[run.from() + i];
            }
            int route = routeOffset[f] + run.feed().trips().get(run.trip()).route();
            byKey.computeIfAbsent(new PatternKey(route, List.of(stops)), k -> new ArrayList<>())
                    .add(run);
        }
        List<PatternKey> keys = new ArrayList<>();
        List<List<Run>> groups = new ArrayList<>();
        byKey.forEach((key, group) -> {
            for (List<Run> fifo : withoutOvertaking(group)) {
                keys.add(key);
                groups.add(fifo);
            }
        });
        fillPatterns(keys, groups);
    }

    /** Sorts the runs by departure and splits them into groups in which no run overtakes an earlier one. */
    private static List<List<Run>> withoutOvertaking(List<Run> runs) {
        runs.sort(Comparator.comparingInt((Run run) -> run.departure(0)).thenComparingInt(run -> run.arrival(0)));
        List<List<Run>> groups = new ArrayList<>();
        for (Run run : runs) {
            List<Run> home = null;
            for (List<Run> group : groups) {
                if (follows(run, group.get(group.size() - 1))) {
                    home = group;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(run);
        }
        return groups;
    }

    private static boolean follows(Run later, Run earlier) {
        for (int p = 0; p < later.length(); p++) {
            if (later.departure(p) < earlier.departure(p) || later.arrival(p) < earlier.arrival(p)) {
                return false;
            }
        }
        return true;
    }

    private void fillPatterns(List<PatternKey> keys, List<List<Run>> groups) {
        int count = keys.size();
        patternStops = new int[count][];
        patternRoute = new int[count];
        departures = new int[count][];
        arrivals = new int[count][];
        tripAccessible = new boolean[count][];
        tripIds = new String[count][];
        List<List<int[]>> callsAt = new ArrayList<>();
        for (int s = 0; s < stopIds.length; s++) {
            callsAt.add(new ArrayList<>());
        }
        for (int p = 0; p < count; p++) {
            List<Integer> stops = keys.get(p).stops();
            List<Run> runs = groups.get(p);
            int length = stops.size();
            patternStops[p] = stops.stream().mapToInt(Integer::intValue).toArray();
            patternRoute[p] = keys.get(p).route();
            departures[p] = new int[runs.size() * length];
            arrivals[p] = new int[runs.size() * length];
            tripAccessible[p] = new boolean[runs.size()];
            tripIds[p] = new String[runs.size()];
            for (int t = 0; t < runs.size(); t++) {
                Run run = runs.get(t);
                GtfsFeed.Trip trip = run.feed().trips().get(run.trip());
                tripAccessible[p][t] = trip.wheelchair() == GtfsFeed.WHEELCHAIR_YES;
                tripIds[p][t] = trip.id();
                for (int i = 0; i < length; i++) {
                    departures[p][t * length + i] = run.departure(i);
                    arrivals[p][t * length + i] = run.arrival(i);
                }
            }
            for (int i = 0; i < length; i++) {
                callsAt.get(patternStops[p][i]).add(new int[] {p, i});
            }
        }
        patternsAt = new int[stopIds.length][];
        positionsAt = new int[stopIds.length][];
        for (int s = 0; s < stopIds.length; s++) {
            List<int[]> calls = callsAt.get(s);
            patternsAt[s] = calls.stream().mapToInt(call -> call[0]).toArray();
            positionsAt[s] = calls.stream().mapToInt(call -> call[1]).toArray();
        }
    }

    private void footpaths() {
        Footpaths footpaths = new Footpaths(latitudes, longitudes);
        for (int f = 0; f < feeds.size(); f++) {
            for (GtfsFeed.Transfer transfer : feeds.get(f).transfers()) {
                footpaths.apply(stopOffset[f] + transfer.fromStop(), stopOffset[f] + transfer.toStop(), transfer);
            }
        }
        transferTargets = new int[stopIds.length][];
        transferDurations = new int[stopIds.length][];
        footpaths.fill(transferTargets, transferDurations);
    }

    static int[] sortedCopy(int[] values) {
        int[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
