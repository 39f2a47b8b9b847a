package org.gamescloud.travel.internal.raptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gamescloud.travel.internal.timetable.Timetable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RAPTOR against a brute-force Connection Scan on random networks: the same earliest arrival per number of trips. */
class RaptorOracleTests {

    @TempDir
    Path folder;

    @Test
    void agreesWithConnectionScanOnHundredsOfRandomQueries() {
        int compared = 0;
        int reachable = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Timetable timetable = RandomNetworks.timetable(seed, folder);
            Raptor raptor = new Raptor(timetable);
            ConnectionScanOracle oracle = new ConnectionScanOracle(timetable);
            Random random = new Random(seed * 31);
            for (int q = 0; q < 40; q++) {
                RaptorRequest request = randomRequest(timetable, random, random.nextInt(6) == 0);
                int[] expected = oracle.earliestArrivals(request);
                assertThat(raptor.earliestArrivals(request))
                        .as("seed %d query %d %s", seed, q, request)
                        .containsExactly(expected);
                assertPathsMatch(raptor.route(request), expected, request);
                compared++;
                if (expected[expected.length - 1] != Integer.MAX_VALUE) {
                    reachable++;
                }
            }
        }
        assertThat(compared).isEqualTo(480);
        assertThat(reachable).as("most random queries find a journey").isGreaterThan(150);
    }

    @Test
    void aRangeQueryFindsWhatSingleDeparturesOverTheWindowFind() {
        for (long seed = 20; seed <= 25; seed++) {
            Timetable timetable = RandomNetworks.timetable(seed, folder);
            Raptor raptor = new Raptor(timetable);
            Random random = new Random(seed);
            for (int q = 0; q < 15; q++) {
                RaptorRequest single = randomRequest(timetable, random, false);
                int window = 1800;
                RaptorRequest range =
                        new RaptorRequest(single.departureTime(), window, single.access(), single.egress(), 6, false);
                List<RaptorPath> union = new ArrayList<>();
                for (int t = single.departureTime(); t <= single.departureTime() + window; t += 60) {
                    union.addAll(raptor.route(new RaptorRequest(t, 0, single.access(), single.egress(), 6, false)));
                }
                assertThat(summaries(raptor.route(range))).isEqualTo(summaries(pareto(union)));
            }
        }
    }

    private static RaptorRequest randomRequest(Timetable timetable, Random random, boolean wheelchair) {
        return new RaptorRequest(
                6 * 3600 + random.nextInt(4 * 3600),
                0,
                randomWalks(timetable, random),
                randomWalks(timetable, random),
                random.nextInt(7),
                wheelchair);
    }

    private static List<AccessEgress> randomWalks(Timetable timetable, Random random) {
        List<AccessEgress> walks = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            walks.add(new AccessEgress(random.nextInt(timetable.stopCount()), random.nextInt(300)));
        }
        return walks;
    }

    /** Each journey is consistent, and arrives when the oracle says for its number of trips. */
    private static void assertPathsMatch(List<RaptorPath> paths, int[] expected, RaptorRequest request) {
        Set<Integer> paretoArrivals = new TreeSet<>();
        for (int k = 0; k < expected.length; k++) {
            if (expected[k] != Integer.MAX_VALUE && (k == 0 || expected[k] < expected[k - 1])) {
                paretoArrivals.add(expected[k]);
            }
        }
        assertThat(paths.stream().map(RaptorPath::arrival).collect(Collectors.toSet()))
                .isEqualTo(paretoArrivals);
        for (RaptorPath path : paths) {
            assertThat(path.arrival()).isEqualTo(expected[path.transfers()]);
            assertThat(path.departure()).isGreaterThanOrEqualTo(request.departureTime());
            int time = path.departure();
            for (RaptorPath.Leg leg : path.legs()) {
                assertThat(leg.start()).isGreaterThanOrEqualTo(time);
                assertThat(leg.end()).isGreaterThanOrEqualTo(leg.start());
                time = leg.end();
            }
            assertThat(path.legs().stream()
                            .filter(RaptorPath.Ride.class::isInstance)
                            .count())
                    .isEqualTo(path.transfers() + 1L);
        }
    }

    private static List<RaptorPath> pareto(List<RaptorPath> paths) {
        return paths.stream()
                .filter(p -> paths.stream()
                        .noneMatch(o -> o.departure() >= p.departure()
                                && o.arrival() <= p.arrival()
                                && o.transfers() <= p.transfers()
                                && (o.departure() > p.departure()
                                        || o.arrival() < p.arrival()
                                        || o.transfers() < p.transfers())))
                .toList();
    }

    private static Set<String> summaries(List<RaptorPath> paths) {
        return paths.stream()
                .sorted(Comparator.comparingInt(RaptorPath::departure))
                .map(p -> p.departure() + "-" + p.arrival() + "/" + p.transfers())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
