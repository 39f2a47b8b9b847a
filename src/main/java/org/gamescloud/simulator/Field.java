package org.gamescloud.simulator;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Who competes in a unit, and the chance that decides how they do.
 *
 * @param competitors in start order; two for a match
 * @param match whether the unit is a match of two (a contest, or a bracket match of a measured sport)
 */
record Field(Unit unit, Event event, List<Entrant> competitors, boolean match, Form form, RandomGenerator random) {

    /** The competitor's form in this event; higher is better. */
    double formOf(Entrant competitor) {
        return form.of(event.code(), competitor.code());
    }

    /** A normally distributed draw for this unit (mean 0, standard deviation 1). */
    double luck() {
        return random.nextGaussian();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Heats and qualifications are run a little slower than finals. */
    boolean isEarlyRound() {
        return switch (unit.phaseType()) {
            case "HEAT", "QUAL", "REP", "R64", "R32", "R16" -> true;
            default -> unit.isPool();
        };
    }

    List<Line> startList() {
        return competitors.stream().map(entrant -> Line.entered(entrant.code())).toList();
    }
}
