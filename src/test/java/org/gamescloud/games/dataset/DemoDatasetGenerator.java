package org.gamescloud.games.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gamescloud.games.dataset.Model.Athlete;
import org.gamescloud.games.dataset.Model.Discipline;
import org.gamescloud.games.dataset.Model.Entry;
import org.gamescloud.games.dataset.Model.Event;
import org.gamescloud.games.dataset.Model.Noc;
import org.gamescloud.games.dataset.Model.Phase;
import org.gamescloud.games.dataset.Model.Session;
import org.gamescloud.games.dataset.Model.Sport;
import org.gamescloud.games.dataset.Model.Team;
import org.gamescloud.games.dataset.Model.Unit;
import org.gamescloud.games.dataset.Model.Venue;

/**
 * Generates the Hangzhou 2022 demo dataset from the sourced tables in {@code datasets/sources/hangzhou2022/}.
 *
 * <p>Pure JDK, deterministic: the same input gives byte-identical output (fixed seeds derived from names, sorted
 * rows, {@code \n} line endings, no timestamps). Usage, from the repository root:
 *
 * <pre>
 * javac --release 17 -d /tmp/gen src/test/java/org/gamescloud/games/dataset/*.java
 * java -cp /tmp/gen org.gamescloud.games.dataset.DemoDatasetGenerator \
 *     [datasets/sources/hangzhou2022 [src/main/resources/datasets/hangzhou2022]]
 * </pre>
 */
public final class DemoDatasetGenerator {

    static final String DEFAULT_SOURCE = "datasets/sources/hangzhou2022";
    static final String DEFAULT_OUTPUT = "src/main/resources/datasets/hangzhou2022";
    /** The peak day reported for the real Games (facts.md): about 379 units at 36 venues. */
    static final LocalDate PEAK_DAY = LocalDate.of(2023, 9, 27);

    private DemoDatasetGenerator() {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : DEFAULT_SOURCE);
        Path output = Path.of(args.length > 1 ? args[1] : DEFAULT_OUTPUT);
        long t0 = System.nanoTime();
        Dataset d = generateDataset(source, output);
        System.out.println(summary(d));
        System.out.printf("written to %s in %d ms%n", output, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Reads the source tables, builds and checks the dataset, and writes it to {@code outputDir}. */
    public static void generate(Path sourceDir, Path outputDir) throws IOException {
        generateDataset(sourceDir, outputDir);
    }

    /** As {@link #generate}, returning the dataset (for the summary and for tests in this package). */
    static Dataset generateDataset(Path sourceDir, Path outputDir) throws IOException {
        Dataset d = build(sourceDir);
        DatasetValidator.validate(d);
        String demoClock = busiestDay(d) + "T10:00:00" + DatasetWriter.OFFSET;
        DatasetWriter.write(d, outputDir, demoClock);
        RecordsWriter.write(d, sourceDir, outputDir);
        ReadmeWriter.write(d, outputDir, summary(d));
        return d;
    }

    /** Builds the dataset in memory (no writing). */
    static Dataset build(Path sourceDir) throws IOException {
        Programme programme = Programme.load(sourceDir);
        List<Venue> venues = VenuePlanner.load(sourceDir, programme);
        EntryBuilder entries = EntryBuilder.build(programme);
        Scheduler scheduler = new Scheduler(programme.events, entries.fieldSize, venues);
        scheduler.run();
        if (Boolean.getBoolean("dataset.debug")) {
            System.out.println("forced placements: " + scheduler.forced);
            scheduler.reportOverruns();
        }
        List<Unit> units = scheduler.units();
        Map<String, Discipline> disciplines = new LinkedHashMap<>(programme.disciplineByCode);
        List<Session> sessions = SessionBuilder.build(units, disciplines);

        List<Noc> nocs = sorted(programme.nocs, Comparator.comparing(Noc::code));
        List<Sport> sports = sorted(programme.sports, Comparator.comparing(Sport::code));
        List<Discipline> disc = sorted(programme.disciplines, Comparator.comparing(Discipline::code));
        List<Venue> ven = sorted(venues, Comparator.comparing(v -> v.code));
        List<Event> events = sorted(programme.events, Comparator.comparing(e -> e.code));
        List<Phase> phases = sorted(scheduler.phases, Comparator.comparing(p -> p.code));
        List<Session> sess = sorted(sessions, Comparator.comparing(Session::code));
        List<Athlete> athletes = sorted(entries.athletes, Comparator.comparing(Athlete::id));
        List<Team> teams = sorted(entries.teams, Comparator.comparing(Team::code));
        List<Entry> ent =
                sorted(entries.entries, Comparator.comparing(Entry::event).thenComparing(Entry::competitor));
        return new Dataset(nocs, sports, disc, ven, events, phases, units, sess, athletes, teams, ent);
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return List.copyOf(copy);
    }

    static LocalDate busiestDay(Dataset d) {
        LocalDate best = null;
        int most = -1;
        for (Map.Entry<LocalDate, Integer> e : unitsPerDay(d).entrySet()) { // ascending: earliest wins ties
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    static Map<LocalDate, Integer> unitsPerDay(Dataset d) {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (Unit u : d.units()) {
            perDay.merge(u.start.toLocalDate(), 1, Integer::sum);
        }
        return perDay;
    }

    static int venuesOn(Dataset d, LocalDate day) {
        Set<String> v = new HashSet<>();
        for (Unit u : d.units()) {
            if (u.start.toLocalDate().equals(day)) {
                v.add(u.venue);
            }
        }
        return v.size();
    }

    static String summary(Dataset d) {
        Map<LocalDate, Integer> perDay = unitsPerDay(d);
        LocalDate busiest = busiestDay(d);
        Map<String, Integer> medals = new HashMap<>();
        d.units().forEach(u -> medals.merge(u.medal.isEmpty() ? "-" : u.medal, 1, Integer::sum));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                "NOCs %d, sports %d, disciplines %d, events %d, venues %d%n",
                d.nocs().size(),
                d.sports().size(),
                d.disciplines().size(),
                d.events().size(),
                d.venues().size()));
        sb.append(String.format(
                "phases %d, units %d, sessions %d%n",
                d.phases().size(), d.units().size(), d.sessions().size()));
        sb.append(String.format(
                "athletes %d, teams %d, entries %d%n",
                d.athletes().size(), d.teams().size(), d.entries().size()));
        sb.append(String.format(
                "units on %s: %d at %d venues; busiest day %s: %d units at %d venues%n",
                PEAK_DAY,
                perDay.getOrDefault(PEAK_DAY, 0),
                venuesOn(d, PEAK_DAY),
                busiest,
                perDay.get(busiest),
                venuesOn(d, busiest)));
        sb.append(String.format(
                "medal units: GOLD %d, BRONZE %d, SEMIFINAL %d",
                medals.getOrDefault("GOLD", 0), medals.getOrDefault("BRONZE", 0), medals.getOrDefault("SEMIFINAL", 0)));
        return sb.toString();
    }
}
