package org.gamescloud.results.internal.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Artistic gymnastics (FIG Code of Points): the final score is the difficulty score D plus the execution score E minus
 * any penalty, to three decimals. In apparatus finals a tie goes to the higher E, then the higher D: so the judged
 * rule compares {@code [total, E, D]} value by value.
 */
final class GymnasticsScore {

    private static final Set<String> COMPONENTS = Set.of("D", "E", "penalty");
    private static final BigDecimal TEN = BigDecimal.TEN;

    private GymnasticsScore() {}

    /** The total, then the execution and difficulty scores that break a tie on it. */
    static List<BigDecimal> totalThenTieBreakers(String whose, Map<String, String> components) {
        for (String name : components.keySet()) {
            if (!COMPONENTS.contains(name)) {
                throw InvalidResultException.about(
                        whose, "component \"%s\" is not one of D, E, penalty".formatted(name));
            }
        }
        BigDecimal difficulty = component(whose, components, "D");
        BigDecimal execution = component(whose, components, "E");
        if (execution.compareTo(TEN) > 0) {
            throw InvalidResultException.about(whose, "E score %s is above 10".formatted(components.get("E")));
        }
        BigDecimal penalty =
                components.containsKey("penalty") ? component(whose, components, "penalty") : BigDecimal.ZERO;
        BigDecimal total = difficulty.add(execution).subtract(penalty).setScale(3);
        if (total.signum() < 0) {
            throw InvalidResultException.about(whose, "penalty %s is more than D + E".formatted(penalty));
        }
        return List.of(total, execution, difficulty);
    }

    private static BigDecimal component(String whose, Map<String, String> components, String name) {
        String text = components.get(name);
        if (ResultLines.isAbsent(text)) {
            throw InvalidResultException.about(whose, "component %s is missing".formatted(name));
        }
        return new DecimalNotation(name + " score", 3, "9.033").parse(whose, text);
    }
}
