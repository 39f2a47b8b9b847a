package org.gamescloud.simulator;

import java.util.List;
import java.util.Optional;

/**
 * How a unit ended, for the units that follow it: who advances from a heat, who won a match.
 *
 * @param placed the competitors with a valid result, best first
 * @param firstTwoApart whether the first two have different marks (a correction exchanging them then changes medals)
 */
record Outcome(List<String> placed, boolean firstTwoApart) {

    static Outcome of(List<String> placed) {
        return new Outcome(List.copyOf(placed), true);
    }

    Optional<String> winner() {
        return placed.isEmpty() ? Optional.empty() : Optional.of(placed.get(0));
    }

    /** The loser of a contest. */
    Optional<String> runnerUp() {
        return placed.size() < 2 ? Optional.empty() : Optional.of(placed.get(1));
    }
}
