package org.gamescloud.travel.internal.raptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gamescloud.travel.internal.gtfs.GtfsFeedReader;
import org.gamescloud.travel.internal.gtfs.GtfsFiles;
import org.gamescloud.travel.internal.gtfs.GtfsTime;
import org.gamescloud.travel.internal.timetable.Timetable;
import org.gamescloud.travel.internal.timetable.TimetableBuilder;

/**
 * Small random GTFS feeds: stops scattered over a few kilometres (so that some are within footpath distance),
 * routes through random stops, trips at random times and speeds (so that some overtake), a few not wheelchair
 * accessible, some running past midnight.
 */
final class RandomNetworks {

    static final LocalDate DAY = LocalDate.of(2023, 9, 27);

    private RandomNetworks() {}

    static Timetable timetable(long seed, Path folder) {
        Random random = new Random(seed);
        int stops = 20 + random.nextInt(40);
        int routes = 5 + random.nextInt(12);
        List<String> stopRows = new ArrayList<>(List.of("stop_id,stop_name,stop_lat,stop_lon,wheelchair_boarding"));
        for (int s = 0; s < stops; s++) {
            stopRows.add("s%d,Stop %d,%.5f,%.5f,%d"
                    .formatted(
                            s,
                            s,
                            30.2 + random.nextDouble() * 0.03,
                            120.2 + random.nextDouble() * 0.03,
                            random.nextInt(5) == 0 ? 2 : 1));
        }
        List<String> routeRows = new ArrayList<>(List.of("route_id,route_short_name,route_type"));
        List<String> tripRows = new ArrayList<>(List.of("route_id,service_id,trip_id,wheelchair_accessible"));
        List<String> timeRows = new ArrayList<>(List.of("trip_id,arrival_time,departure_time,stop_id,stop_sequence"));
        for (int r = 0; r < routes; r++) {
            routeRows.add("r%d,R%d,3".formatted(r, r));
            int length = 2 + random.nextInt(7);
            List<Integer> path = new ArrayList<>();
            while (path.size() < length) {
                int stop = random.nextInt(stops);
                if (!path.contains(stop)) {
                    path.add(stop);
                }
            }
            int trips = 3 + random.nextInt(15);
            for (int t = 0; t < trips; t++) {
                String trip = "r%dt%d".formatted(r, t);
                String service = random.nextInt(10) == 0 ? "yesterday" : "today";
                tripRows.add("r%d,%s,%s,%d".formatted(r, service, trip, random.nextInt(4) == 0 ? 2 : 1));
                int time = service.equals("today")
                        ? 6 * 3600 + random.nextInt(4 * 3600)
                        : 23 * 3600 + random.nextInt(3 * 3600);
                for (int i = 0; i < length; i++) {
                    int arrival = time;
                    int departure = time + (random.nextInt(3) == 0 ? random.nextInt(60) : 0);
                    timeRows.add("%s,%s,%s,s%d,%d"
                            .formatted(
                                    trip, GtfsTime.format(arrival), GtfsTime.format(departure), path.get(i), i * 10));
                    time = departure + 60 + random.nextInt(600);
                }
            }
        }
        write(folder, "stops.txt", stopRows);
        write(folder, "routes.txt", routeRows);
        write(folder, "trips.txt", tripRows);
        write(folder, "stop_times.txt", timeRows);
        write(
                folder,
                "calendar_dates.txt",
                List.of("service_id,date,exception_type", "today,20230927,1", "yesterday,20230926,1"));
        return TimetableBuilder.build(List.of(GtfsFeedReader.read("rnd", GtfsFiles.fromFolder(folder))), DAY);
    }

    private static void write(Path folder, String file, List<String> rows) {
        try {
            Files.writeString(folder.resolve(file), String.join("\n", rows) + "\n");
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }
}
