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
        Splits splits = new Splits(Splits.countFor(winning), finishers);
        List<Performance> performances = finals.stream()
                .map(line -> performance(
                        line,
                        finishingOrder.getOrDefault(line.competitor(), -1),
                        finishers,
                        splits,
                        0.02 * (field.random().nextDouble() - 0.5)))
                .toList();
        return new Performances(performances, outcome);
    }

    /**
     * The first half of the unit is the race: the timing board shows the split time of each competitor as they pass
     * the current split (per length or lap), the leader first. The second half brings the finishing times in, the
     * first across the line first.
     */
    private static Performance performance(
            Line result, int finishingOrder, int finishers, Splits splits, double pacing) {
        Line[] atSplit = new Line[splits.count() + 1];
        return progress -> {
            if ("DNS".equals(result.irm()) || progress >= 1) {
                return result;
            }
            if (finishingOrder < 0) {
                return Line.entered(result.competitor());
            }
            if (progress < 0.5) {
                int split = splits.passed(finishingOrder, progress);
                if (split == 0 || split < splits.passed(0, progress)) {
                    return Line.entered(result.competitor());
                }
                if (atSplit[split] == null) {
                    double seconds = Notation.value(result.mark()).doubleValue();
                    atSplit[split] =
                            Line.marked(result.competitor(), Notation.time(splits.timeAt(split, seconds, pacing)));
                }
                return atSplit[split];
            }
            boolean finished = progress >= 0.5 + 0.5 * finishingOrder / finishers;
            return finished ? result : Line.entered(result.competitor());
        };
    }

    /**
     * The intermediate timing points of a race: one about every 30 s of racing (a 50 m length in the pool, a lap on
     * the track), at most 40; none in a sprint.
     */
    record Splits(int count, int finishers) {

        static int countFor(double winningSeconds) {
            return (int) Math.min(40, Math.floor(winningSeconds / 30));
        }

        /** The last split the competitor (by finishing order) has passed at this point of the unit; 0 for none. */
        int passed(int finishingOrder, double progress) {
            if (count == 0) {
                return 0;
            }
            double behindLeader = 0.9 * (finishingOrder + 1) / (finishers + 1);
            return (int) Math.max(0, Math.min(count, Math.floor(progress * 2 * count - behindLeader) + 1));
        }

        /** The split time: the finishing time shared out evenly, a little faster or slower early on. */
        double timeAt(int split, double finishSeconds, double pacing) {
            double share = (double) split / (count + 1);
            return finishSeconds * share * (1 + pacing * (1 - share));
        }
    }
}
