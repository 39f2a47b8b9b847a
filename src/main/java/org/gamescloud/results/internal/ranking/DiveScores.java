package org.gamescloud.results.internal.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Diving scores (World Aquatics Diving Rules D 8). Judges score each dive from 0 to 10 in half points; the scores that
 * count are summed and multiplied by the dive's degree of difficulty (DD); each dive is rounded to two decimals and
 * the total is the sum of the dives. Which scores count depends on the panel:
 * <ul>
 *   <li>5 judges (individual): drop the highest and the lowest, 3 count;
 *   <li>7 judges (individual): drop the two highest and the two lowest, 3 count;
 *   <li>11 judges (synchronised, the rule since 2017): scores 1–3 judge the execution of the first diver, 4–6 that of
 *       the second, 7–11 the synchronisation. Drop the highest and the lowest of each diver's execution and of the
 *       synchronisation, so 1 + 1 + 3 = 5 count, and multiply their sum by DD and by 0.6, which brings five scores
 *       back to the scale of an individual dive's three.
 * </ul>
 * With half-point scores and one-decimal DDs every dive is already exact to two decimals (×0.6 included); the
 * rounding (half up) only states the rule.
 */
final class DiveScores {

    private static final DecimalNotation JUDGES_SCORE = new DecimalNotation("judge's score", 2, "8.5");
    private static final DecimalNotation DIFFICULTY = new DecimalNotation("difficulty", 1, "3.4");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal SYNCHRO_FACTOR = new BigDecimal("0.6");

    /** For each panel size, the slices of the scores that are judged apart and how many to drop at each end. */
    private static final Map<Integer, List<Slice>> PANELS = Map.of(
            5, List.of(new Slice(0, 5, 1)),
            7, List.of(new Slice(0, 7, 2)),
            11, List.of(new Slice(0, 3, 1), new Slice(3, 6, 1), new Slice(6, 11, 1)));

    private DiveScores() {}

    /** The total of the dives, to two decimals. */
    static BigDecimal total(String whose, List<ResultLine.Dive> dives) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < dives.size(); i++) {
            total = total.add(score(whose + ", dive " + (i + 1), dives.get(i)));
        }
        return total;
    }

    private static BigDecimal score(String whose, ResultLine.Dive dive) {
        if (ResultLines.isAbsent(dive.difficulty())) {
            throw InvalidResultException.about(whose, "has no difficulty");
        }
        BigDecimal difficulty = DIFFICULTY.parsePositive(whose, dive.difficulty());
        List<BigDecimal> scores = dive.judges() == null
                ? List.of()
                : dive.judges().stream().map(text -> judgesScore(whose, text)).toList();
        List<Slice> panel = PANELS.get(scores.size());
        if (panel == null) {
            throw InvalidResultException.about(
                    whose, "has %d judges' scores; panels have 5, 7 or 11 judges".formatted(scores.size()));
        }
        BigDecimal counted =
                panel.stream().map(slice -> slice.middleSum(scores)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal points = counted.multiply(difficulty);
        if (scores.size() == 11) {
            points = points.multiply(SYNCHRO_FACTOR);
        }
        return points.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal judgesScore(String whose, String text) {
        BigDecimal score = JUDGES_SCORE.parse(whose, String.valueOf(text));
        if (score.compareTo(TEN) > 0 || score.remainder(HALF).signum() != 0) {
            throw JUDGES_SCORE.problem(whose, text, "is not from 0 to 10 in half points");
        }
        return score;
    }

    /** Scores {@code from} (inclusive) to {@code to} (exclusive), of which {@code dropped} are dropped at each end. */
    private record Slice(int from, int to, int dropped) {

        BigDecimal middleSum(List<BigDecimal> scores) {
            List<BigDecimal> sorted = scores.subList(from, to).stream().sorted().toList();
            return sorted.subList(dropped, sorted.size() - dropped).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
