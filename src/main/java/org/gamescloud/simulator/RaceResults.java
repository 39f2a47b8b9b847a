package org.gamescloud.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Races ({@code TIME}): times around the event's typical winning time, a little slower in heats, with the odd
 * competitor who does not start, does not finish or is disqualified (but for a small field). Results come in as
 * competitors finish.
 */
final class RaceResults implements ResultsWriter {

    /** A field this small (a match, a final of three) is always placed in full. */
    static final int SMALL_FIELD = 3;

    @Override
    public Performances write(Field field) {
        double winning = RaceTimes.of(field.event());
        double spread = winning < 60 ? 0.010 : winning < 3600 ? 0.015 : 0.025;
        double round = field.isEarlyRound() ? 1.01 : 1.0;
        boolean mayFail = field.competitors().size() > SMALL_FIELD;
        List<Line> finals = new ArrayList<>();
        for (Entrant competitor : field.competitors()) {
            String code = competitor.code();
            if (mayFail && field.chance(0.012)) {
                finals.add(Line.invalid(code, "DNS"));
            } else if (mayFail && field.chance(winning > 600 ? 0.04 : 0.004)) {
                finals.add(Line.invalid(code, "DNF"));
            } else if (mayFail && field.chance(0.008)) {
                finals.add(Line.invalid(code, "DSQ"));
            } else {
                double form = field.formOf(competitor) + 0.5 * field.luck();
                double seconds = winning * round * (1 + spread * (1.2 - form));
                finals.add(Line.marked(code, Notation.time(seconds)));
            }
        }
        if (field.match()) {
            Contests.separateTimes(finals);
        }
        Outcome outcome = Placing.of(finals, true);
        Map<String, Integer> finishingOrder = new HashMap<>();
        outcome.placed().forEach(code -> finishingOrder.put(code, finishingOrder.size()));
        int finishers = Math.max(1, outcome.placed().size());
        List<Performance> performances = finals.stream()
                .map(line -> performance(line, finishingOrder.getOrDefault(line.competitor(), -1), finishers))
                .toList();
        return new Performances(performances, outcome);
    }

    /** The first across the line are timed first; the last half of the unit brings every time in. */
    private static Performance performance(Line result, int finishingOrder, int finishers) {
        return progress -> {
            if ("DNS".equals(result.irm()) || progress >= 1) {
                return result;
            }
            boolean finished = finishingOrder >= 0 && progress >= 0.5 + 0.5 * finishingOrder / finishers;
            return finished ? result : Line.entered(result.competitor());
        };
    }
}
