package org.gamescloud.results.internal.ranking;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the countback of a vertical jump needs from an athlete's series (World Athletics Technical Rule 26.8.1): the
 * highest height cleared, the jumps taken there, and the failures up to and including it. Failures at heights above
 * the best one do not count, which is why two athletes who both end with {@code XXX} can still be separated.
 *
 * @param best the highest height cleared
 * @param attemptsKnown false when only the mark was sent: such a line cannot win a countback
 * @param jumpsAtBest jumps taken at the best height (1 for {@code O}, 3 for {@code XXO})
 * @param failuresUpToBest failures at every height up to and including the best
 */
record HeightSeries(MetresMark best, boolean attemptsKnown, int jumpsAtBest, int failuresUpToBest) {

    /** Higher first; at the same height fewer jumps there, then fewer failures overall; else a tie. */
    static final Comparator<HeightSeries> BEST_FIRST = Comparator.comparing(HeightSeries::best)
            .reversed()
            .thenComparing(HeightSeries::attemptsKnown, Comparator.reverseOrder())
            .thenComparingInt(HeightSeries::jumpsAtBest)
            .thenComparingInt(HeightSeries::failuresUpToBest);

    /** At one height: up to two failures then a clearance, up to three failures, or up to two failures then a pass. */
    private static final Pattern AT_ONE_HEIGHT = Pattern.compile("X{0,2}O|X{1,3}|X{0,2}-");

    static HeightSeries markOnly(MetresMark best) {
        return new HeightSeries(best, false, 0, 0);
    }

    /**
     * Reads the attempts per height ({@code "2.24" -> "XO"}), in any order of the map.
     *
     * @return the series, or empty if no height was cleared (no mark)
     */
    static Optional<HeightSeries> read(String whose, Map<String, String> attemptsByHeight) {
        MetresMark best = null;
        int jumpsAtBest = 0;
        int failures = 0;
        int failuresUpToBest = 0;
        int consecutiveFailures = 0;
        for (Map.Entry<MetresMark, String> atHeight :
                byHeight(whose, attemptsByHeight).entrySet()) {
            if (consecutiveFailures >= 3) {
                throw InvalidResultException.about(
                        whose,
                        "has attempts at %s after three consecutive failures"
                                .formatted(atHeight.getKey().notation()));
            }
            String attempts = atHeight.getValue();
            int failed =
                    (int) attempts.chars().filter(attempt -> attempt == 'X').count();
            failures += failed;
            consecutiveFailures += failed;
            if (attempts.endsWith("O")) {
                best = atHeight.getKey();
                jumpsAtBest = attempts.length();
                failuresUpToBest = failures;
                consecutiveFailures = 0;
            }
        }
        return best == null
                ? Optional.empty()
                : Optional.of(new HeightSeries(best, true, jumpsAtBest, failuresUpToBest));
    }

    private static TreeMap<MetresMark, String> byHeight(String whose, Map<String, String> attemptsByHeight) {
        TreeMap<MetresMark, String> byHeight = new TreeMap<>();
        attemptsByHeight.forEach((heightText, attempts) -> {
            MetresMark height = MetresMark.parse(whose, "height", heightText);
            if (attempts == null || !AT_ONE_HEIGHT.matcher(attempts).matches()) {
                throw InvalidResultException.about(
                        whose,
                        "attempts \"%s\" at %s are not one of O, XO, XXO, X, XX, XXX, -, X-, XX-"
                                .formatted(attempts, heightText));
            }
            if (byHeight.put(height, attempts) != null) {
                throw InvalidResultException.about(whose, "height %s appears twice".formatted(height.notation()));
            }
        });
        return byHeight;
    }
}
