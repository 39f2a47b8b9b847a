package org.gamescloud.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What every contest between two competitors shares: who is favoured, how its score is told as it runs. */
final class Contests {

    /**
     * The final score: the winner's, then the loser's. Equal scores are a draw or a decision (then {@code winner}).
     */
    record Scores(int winner, int loser) {

        boolean level() {
            return winner == loser;
        }
    }

    private Contests() {}

    /** Which of two competitors wins: the one in better form, more often than not. */
    static boolean firstWins(Field field) {
        List<Entrant> pair = field.competitors();
        double advantage = field.formOf(pair.get(0)) - field.formOf(pair.get(1));
        return field.random().nextDouble() < 1 / (1 + Math.exp(-1.2 * advantage));
    }

    /**
     * A match whose marks are scores (the higher winning), decided for the favourite where the score is level.
     *
     * @param scoredAsItRuns whether the score is known while the match runs (goals, sets) or only at the end (votes)
     * @param drawn a level score that stands (a pool draw) rather than a decision
     */
    static Performances scored(Field field, Scores scores, boolean scoredAsItRuns, boolean drawn) {
        List<Entrant> pair = field.competitors();
        boolean firstWins = firstWins(field);
        Entrant winner = pair.get(firstWins ? 0 : 1);
        Entrant loser = pair.get(firstWins ? 1 : 0);
        Boolean decision = scores.level() && !drawn ? Boolean.TRUE : null;
        Line won = new Line(winner.code(), String.valueOf(scores.winner()), null, decision, null, null, null);
        Line lost = Line.marked(loser.code(), String.valueOf(scores.loser()));
        double[] pace = {
            0.8 + 0.4 * field.random().nextDouble(), 0.8 + 0.4 * field.random().nextDouble()
        };
        boolean mayBeLevel = field.event().family() == Family.ROUND_ROBIN;
        List<Performance> performances = new ArrayList<>();
        for (Entrant competitor : pair) {
            boolean isWinner = competitor == winner;
            performances.add(progress -> {
                if (progress >= 1) {
                    return isWinner ? won : lost;
                }
                int sofar = partial(scores.winner(), progress, pace[0]);
                int other = partial(scores.loser(), progress, pace[1]);
                if (!scoredAsItRuns || (sofar == other && !mayBeLevel)) {
                    return Line.entered(competitor.code());
                }
                return Line.marked(competitor.code(), String.valueOf(isWinner ? sofar : other));
            });
        }
        Outcome outcome = new Outcome(List.of(winner.code(), loser.code()), !scores.level());
        return new Performances(performances, outcome);
    }

    /**
     * A match of a measured sport (archery, shooting): the marks are the sport's scores, the higher winning.
     */
    static Performances measured(Field field, Scores scores) {
        return scored(field, scores, true, false);
    }

    /** The times of a race of two must differ: the photo finish separates them by a hundredth. */
    static void separateTimes(List<Line> lines) {
        if (lines.size() != 2 || lines.get(0).mark() == null || lines.get(1).mark() == null) {
            return;
        }
        BigDecimal first = Notation.value(lines.get(0).mark());
        BigDecimal second = Notation.value(lines.get(1).mark());
        if (first.compareTo(second) == 0) {
            lines.set(1, Line.marked(lines.get(1).competitor(), Notation.time(second.doubleValue() + 0.01)));
        }
    }

    private static int partial(int score, double progress, double pace) {
        return (int) Math.min(score, Math.floor(score * progress * pace));
    }
}
