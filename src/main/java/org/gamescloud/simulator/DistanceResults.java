package org.gamescloud.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Jumps and throws ({@code DISTANCE}): a series of attempts (three in qualification, six in a final), each a
 * distance in metres, {@code X} (foul) or {@code -} (pass); the mark is the best valid attempt, and a series of
 * fouls is no mark ({@code NM}). Results come in round by round.
 */
final class DistanceResults implements ResultsWriter {

    @Override
    public Performances write(Field field) {
        double winning = FieldMarks.distance(field.event());
        double spread = FieldMarks.isThrow(field.event()) ? 0.045 : 0.03;
        double foul = FieldMarks.isThrow(field.event()) ? 0.25 : 0.2;
        int rounds = "QUAL".equals(field.unit().phaseType()) ? 3 : 6;
        List<List<String>> series = new ArrayList<>();
        List<Line> finals = new ArrayList<>();
        for (Entrant competitor : field.competitors()) {
            double best = winning * (1 + spread * (field.formOf(competitor) + 0.4 * field.luck() - 1.2));
            List<String> attempts = field.chance(0.02) ? fouls(rounds) : attempts(field, best, rounds, foul);
            series.add(attempts);
            finals.add(line(competitor.code(), attempts, true));
        }
        Outcome outcome = Placing.of(finals, false);
        List<Performance> performances = new ArrayList<>();
        for (int i = 0; i < finals.size(); i++) {
            String competitor = finals.get(i).competitor();
            List<String> attempts = series.get(i);
            performances.add(progress -> {
                int done = progress >= 1 ? rounds : (int) Math.floor(progress * rounds);
                return line(competitor, attempts.subList(0, done), progress >= 1);
            });
        }
        return new Performances(performances, outcome);
    }

    private static List<String> attempts(Field field, double best, int rounds, double foul) {
        int bestAttempt = field.random().nextInt(rounds);
        List<String> attempts = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            if (round == bestAttempt) {
                attempts.add(Notation.metres(best));
            } else if (field.chance(foul)) {
                attempts.add("X");
            } else if (field.chance(0.03)) {
                attempts.add("-");
            } else {
                attempts.add(
                        Notation.metres(best * (0.92 + 0.075 * field.random().nextDouble())));
            }
        }
        return attempts;
    }

    private static List<String> fouls(int rounds) {
        List<String> attempts = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            attempts.add("X");
        }
        return attempts;
    }

    /**
     * The line of a series so far: its best attempt as the mark. A series with no valid attempt yet is sent as not
     * yet competed, until it is over, when it is no mark.
     */
    static Line line(String competitor, List<String> attempts, boolean over) {
        BigDecimal best = attempts.stream()
                .filter(attempt -> !attempt.equals("X") && !attempt.equals("-"))
                .map(BigDecimal::new)
                .max(BigDecimal::compareTo)
                .orElse(null);
        if (best == null) {
            return over
                    ? new Line(competitor, null, "NM", null, null, null, List.copyOf(attempts))
                    : Line.entered(competitor);
        }
        return new Line(competitor, best.toPlainString(), null, null, null, null, List.copyOf(attempts));
    }
}
